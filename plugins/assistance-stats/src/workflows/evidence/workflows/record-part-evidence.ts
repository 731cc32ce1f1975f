import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordPartEvidenceStep } from "../steps/record-part-evidence"

export const recordPartEvidenceWorkflow = createWorkflow("record-part-evidence", (input: { part_id: string }) => {
  return new WorkflowResponse(recordPartEvidenceStep(input))
})
