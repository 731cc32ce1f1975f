import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendEntriesStep } from "../steps/append"
import { draftCancellationStep, draftSalesStep } from "../steps/draft-sales"

/** Writes a placed order's lines into the ledger. Replaying it writes nothing new. */
export const recordOrderSalesWorkflow = createWorkflow("record-order-sales", (input: { order_id: string }) => {
  return new WorkflowResponse(appendEntriesStep(draftSalesStep(input)))
})

/** Appends the reversal of a canceled order's lines. Replaying it writes nothing new. */
export const recordOrderCancellationWorkflow = createWorkflow("record-order-cancellation", (input: { order_id: string }) => {
  return new WorkflowResponse(appendEntriesStep(draftCancellationStep(input)))
})
