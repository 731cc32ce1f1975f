import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_EVENTS } from "@zhunong/common/provenance-events"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import { validateProductsExistStep } from "../steps/products"

/** Adds and removes the products a certificate covers; emits `certificate.products_linked` naming both. */
export const linkCertificateProductsWorkflow = createWorkflow(
  "link-certificate-products",
  (input: { certificate_id: string; add: string[]; remove: string[] }) => {
    validateProductsExistStep(input.add)
    const links = (ids: string[], certificate_id: string) =>
      ids.map((product_id) => ({ [Modules.PRODUCT]: { product_id }, [PROVENANCE_MODULE]: { certificate_id } }))
    dismissRemoteLinkStep(transform({ input }, ({ input }) => links(input.remove, input.certificate_id)))
    createRemoteLinkStep(transform({ input }, ({ input }) => links(input.add, input.certificate_id)))
    emitEventStep({
      eventName: PROVENANCE_EVENTS.CERTIFICATE_PRODUCTS_LINKED,
      data: transform({ input }, ({ input }) => ({
        id: input.certificate_id,
        product_ids: [...input.add, ...input.remove],
      })),
    })
    return new WorkflowResponse({ added: input.add.length, removed: input.remove.length })
  }
)
