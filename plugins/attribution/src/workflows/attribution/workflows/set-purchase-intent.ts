import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { clearPurchaseIntentStep, setPurchaseIntentStep, type IntentChoice } from "../steps/purchase-intent"

/** What the customer's cart is bought for, checked against the customer's membership and role. */
export const setPurchaseIntentWorkflow = createWorkflow(
  "set-purchase-intent",
  (input: IntentChoice & { cart_id: string; customer_id: string }) => {
    return new WorkflowResponse(setPurchaseIntentStep(input))
  }
)

export const clearPurchaseIntentWorkflow = createWorkflow(
  "clear-purchase-intent",
  (input: { cart_id: string; customer_id: string }) => {
    return new WorkflowResponse(clearPurchaseIntentStep(input))
  }
)
