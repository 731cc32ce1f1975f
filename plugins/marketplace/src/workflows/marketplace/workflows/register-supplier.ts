import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createSupplierStep, validateSupplierApplicationStep, type SupplierApplication } from "../steps/suppliers"

/**
 * 主体自愿申请: a person with a fresh `supplier` login registers their enterprise, cooperative or
 * family farm. The supplier starts pending; the login becomes its owner.
 */
export const registerSupplierWorkflow = createWorkflow(
  "register-supplier",
  (input: { application: SupplierApplication; owner: { email: string; name: string }; auth_identity_id: string }) => {
    validateSupplierApplicationStep(input)
    const created = createSupplierStep(input)
    setAuthAppMetadataStep(
      transform({ input, created }, ({ input, created }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "supplier",
        value: created.owner.id,
      }))
    )
    emitEventStep({
      eventName: "supplier.pending",
      data: transform({ created }, ({ created }) => ({ id: created.supplier.id, from: null, to: "pending" })),
    })
    return new WorkflowResponse(created)
  }
)
