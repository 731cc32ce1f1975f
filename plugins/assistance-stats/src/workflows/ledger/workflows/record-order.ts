import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendEntriesStep } from "../steps/append"
import { draftCancellationStep, draftReturnStep, draftSalesStep } from "../steps/draft-sales"

/** Writes a placed order's lines into the ledger. Replaying it writes nothing new. */
export const recordOrderSalesWorkflow = createWorkflow("record-order-sales", (input: { order_id: string }) => {
  return new WorkflowResponse(appendEntriesStep(draftSalesStep(input)))
})

/** Appends the reversal of a canceled order's lines. Replaying it writes nothing new. */
export const recordOrderCancellationWorkflow = createWorkflow(
  "record-order-cancellation",
  (input: { order_id: string }) => {
    return new WorkflowResponse(appendEntriesStep(draftCancellationStep(input)))
  }
)

/** Appends the reversal of a received return's lines. Replaying it writes nothing new. */
export const recordOrderReturnWorkflow = createWorkflow(
  "record-order-return",
  (input: { order_id: string; return_id: string }) => {
    return new WorkflowResponse(appendEntriesStep(draftReturnStep(input)))
  }
)
