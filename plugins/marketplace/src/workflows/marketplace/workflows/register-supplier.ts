import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createSupplierOwnerStep,
  createSupplierStep,
  recordApplicationStep,
  validateSupplierApplicationStep,
  type SupplierApplication,
} from "../steps/suppliers"

/**
 * 主体自愿申请: a person with a fresh `supplier` login registers their enterprise, cooperative or
 * family farm. The supplier starts pending; the login becomes its owner.
 */
export const registerSupplierWorkflow = createWorkflow(
  "register-supplier",
  (input: { application: SupplierApplication; owner: { email: string; name: string }; auth_identity_id: string }) => {
    validateSupplierApplicationStep(input)
    const supplier = createSupplierStep(input.application)
    const owner = createSupplierOwnerStep(
      transform({ input, supplier }, ({ input, supplier }) => ({ supplier_id: supplier.id, ...input.owner }))
    )
    recordApplicationStep(transform({ supplier }, ({ supplier }) => supplier.id))
    setAuthAppMetadataStep(
      transform({ input, owner }, ({ input, owner }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "supplier",
        value: owner.id,
      }))
    )
    emitEventStep({
      eventName: "supplier.pending",
      data: transform({ supplier }, ({ supplier }) => ({ id: supplier.id, from: null, to: "pending" })),
    })
    return new WorkflowResponse({ supplier, owner })
  }
)
