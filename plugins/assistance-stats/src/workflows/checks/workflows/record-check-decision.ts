import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCheckDecisionStep, type CheckDecisionInput } from "../steps/record-check-decision"

export const recordCheckDecisionWorkflow = createWorkflow("record-check-decision", (input: CheckDecisionInput) => {
  return new WorkflowResponse(recordCheckDecisionStep(input))
})
