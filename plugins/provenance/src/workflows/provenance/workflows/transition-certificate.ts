import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transitionCertificateStep, type TransitionInput } from "../steps/certificates"

/**
 * One lifecycle move (review, publicity, publish, reject, suspend, reinstate, revoke, expire).
 * Emits `certificate.<new status>` with { id, from, to }.
 */
export const transitionCertificateWorkflow = createWorkflow("transition-certificate", (input: TransitionInput) => {
  const moved = transitionCertificateStep(input)
  emitEventStep({
    eventName: transform({ moved }, ({ moved }) => `certificate.${moved.to}`),
    data: moved,
  })
  return new WorkflowResponse(moved)
})
