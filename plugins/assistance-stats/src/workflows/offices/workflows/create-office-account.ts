import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createOfficeUserStep, registerOfficeLoginStep, type OfficeAccountInput } from "../steps/office-accounts"

/** An operator creates an office account bound to a jurisdiction, with its login (actor type `office`). */
export const createOfficeAccountWorkflow = createWorkflow("create-office-account", (input: OfficeAccountInput) => {
  const user = createOfficeUserStep(input)
  const identity = registerOfficeLoginStep(
    transform({ input }, ({ input }) => ({ email: input.email, password: input.password }))
  )
  setAuthAppMetadataStep(
    transform({ user, identity }, ({ user, identity }) => ({
      authIdentityId: identity.id,
      actorType: "office",
      value: user.id,
    }))
  )
  return new WorkflowResponse(user)
})
