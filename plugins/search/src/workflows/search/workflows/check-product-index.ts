import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkProductIndexStep } from "../steps/check-product-index"

/** Reports how far the product index has drifted from the catalog and, with `repair`, brings it back. */
export const checkProductIndexWorkflow = createWorkflow("check-product-index", (input: { repair: boolean }) => {
  return new WorkflowResponse(checkProductIndexStep(input))
})
