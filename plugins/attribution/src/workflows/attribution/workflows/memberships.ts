import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  addMemberStep,
  createEmailVerificationStep,
  createInviteStep,
  decideMembershipStep,
  joinByEmailStep,
  joinByInviteStep,
  useInviteStep,
  revokeInviteStep,
  type Decider,
  type InviteInput,
  type MembershipDecision,
} from "../steps/memberships"
import type { MemberRole } from "@zhunong/common/purchase-rules"

export const joinUnitByInviteWorkflow = createWorkflow(
  "join-unit-by-invite",
  (input: { customer_id: string; code: string }) => {
    const joined = joinByInviteStep(input)
    useInviteStep(transform({ joined }, ({ joined }) => joined.invite))
    return new WorkflowResponse(transform({ joined }, ({ joined }) => joined.membership))
  }
)

/** Sends a one-time code to a work address whose domain a unit has registered. The code is never returned. */
export const requestEmailJoinWorkflow = createWorkflow(
  "request-email-join",
  (input: { customer_id: string; email: string }) => {
    const verification = createEmailVerificationStep(input)
    sendNotificationsStep(
      transform({ input, verification }, ({ input, verification }) => [
        {
          to: input.email,
          channel: "email",
          template: "unit-email-verification",
          data: { code: verification.code, minutes: verification.minutes, units: verification.units },
        },
      ])
    )
    return new WorkflowResponse(
      transform({ verification }, ({ verification }) => ({
        verification_id: verification.verification_id,
        units: verification.units,
      }))
    )
  }
)

export const joinUnitByEmailWorkflow = createWorkflow(
  "join-unit-by-email",
  (input: { customer_id: string; verification_id: string; code: string; unit_id: string }) => {
    return new WorkflowResponse(joinByEmailStep(input))
  }
)

export const addUnitMemberWorkflow = createWorkflow(
  "add-unit-member",
  (input: { unit_id: string; customer_id: string; role: MemberRole; decided_by: Decider }) => {
    return new WorkflowResponse(addMemberStep(input))
  }
)

export const decideMembershipWorkflow = createWorkflow("decide-membership", (input: MembershipDecision) => {
  return new WorkflowResponse(decideMembershipStep(input))
})

export const createInviteWorkflow = createWorkflow("create-unit-invite", (input: InviteInput) => {
  return new WorkflowResponse(createInviteStep(input))
})

export const revokeInviteWorkflow = createWorkflow(
  "revoke-unit-invite",
  (input: { unit_id: string; invite_id: string }) => {
    return new WorkflowResponse(revokeInviteStep(input))
  }
)
