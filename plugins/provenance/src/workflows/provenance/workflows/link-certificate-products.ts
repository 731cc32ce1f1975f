import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import { validateProductsExistStep } from "../steps/products"

/** Adds and removes the products a certificate covers. */
export const linkCertificateProductsWorkflow = createWorkflow(
  "link-certificate-products",
  (input: { certificate_id: string; add: string[]; remove: string[] }) => {
    validateProductsExistStep(input.add)
    const links = (ids: string[], certificate_id: string) =>
      ids.map((product_id) => ({ [Modules.PRODUCT]: { product_id }, [PROVENANCE_MODULE]: { certificate_id } }))
    dismissRemoteLinkStep(transform({ input }, ({ input }) => links(input.remove, input.certificate_id)))
    createRemoteLinkStep(transform({ input }, ({ input }) => links(input.add, input.certificate_id)))
    return new WorkflowResponse({ added: input.add.length, removed: input.remove.length })
  }
)
