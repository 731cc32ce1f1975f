import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateTargetInput } from "@zhunong/common/office-forms"
import { updateTargetStep } from "../steps/update-target"

export const updateTargetWorkflow = createWorkflow("update-target", (input: UpdateTargetInput & { id: string }) => {
  return new WorkflowResponse(updateTargetStep(input))
})
