import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import type { SupplierUserRole } from "@zhunong/common/supplier-rules"
import {
  claimSupplierUserStep,
  inviteSupplierUserStep,
  removeSupplierUserStep,
  updateSupplierProfileStep,
} from "../steps/users"

export const inviteSupplierUserWorkflow = createWorkflow(
  "invite-supplier-user",
  (input: { supplier_id: string; email: string; name: string; role: SupplierUserRole }) => {
    return new WorkflowResponse(inviteSupplierUserStep(input))
  }
)

export const claimSupplierUserWorkflow = createWorkflow(
  "claim-supplier-user",
  (input: { auth_identity_id: string; code: string }) => {
    const user = claimSupplierUserStep(input)
    setAuthAppMetadataStep(
      transform({ input, user }, ({ input, user }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "supplier",
        value: user.id,
      }))
    )
    return new WorkflowResponse(user)
  }
)

export const removeSupplierUserWorkflow = createWorkflow(
  "remove-supplier-user",
  (input: { supplier_id: string; user_id: string; by_user_id: string }) => {
    return new WorkflowResponse(removeSupplierUserStep(input))
  }
)

export const updateSupplierProfileWorkflow = createWorkflow(
  "update-supplier-profile",
  (input: { supplier_id: string; contact_name?: string; contact_phone?: string; address?: string | null }) => {
    return new WorkflowResponse(updateSupplierProfileStep(input))
  }
)
