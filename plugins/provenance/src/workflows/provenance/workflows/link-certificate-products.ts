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
    const [add, remove] = transform({ input }, ({ input }) =>
      [input.add, input.remove].map((ids) =>
        ids.map((product_id) => ({
          [Modules.PRODUCT]: { product_id },
          [PROVENANCE_MODULE]: { certificate_id: input.certificate_id },
        }))
      )
    )
    dismissRemoteLinkStep(remove)
    createRemoteLinkStep(add)
    return new WorkflowResponse({ added: input.add.length, removed: input.remove.length })
  }
)
