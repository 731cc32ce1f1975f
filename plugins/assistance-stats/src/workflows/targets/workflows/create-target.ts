import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTargetStep, type TargetInput } from "../steps/create-target"

export const createTargetWorkflow = createWorkflow("create-target", (input: TargetInput) => {
  return new WorkflowResponse(createTargetStep(input))
})
