import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { recordBuyerVerdictStep } from "@zhunong/marketplace/workflows"
import {
  deliveryCompletionStep,
  paymentCompletionStep,
  prepareAcceptanceStep,
  prepareRatingStep,
  recordCompletionStep,
  recordPaymentEvidenceStep,
  type BuyerPartInput,
  type PaidInput,
} from "../steps/completion"

/**
 * `payment.captured`, or `order.placed` for an order paid as it was placed: the order is paid; the
 * 台账 shows by whom it was paid and under which reference. Recorded once, whichever comes.
 */
export const recordPaymentCompletionWorkflow = createWorkflow("record-payment-completion", (input: PaidInput) => {
  const paid = paymentCompletionStep(input)
  recordPaymentEvidenceStep(transform({ paid }, ({ paid }) => paid?.evidence ?? null))
  return new WorkflowResponse(recordCompletionStep(transform({ paid }, ({ paid }) => paid?.completion ?? null)))
})

/** `delivery.created`: a supplier's part reached the buyer. */
export const recordDeliveryCompletionWorkflow = createWorkflow(
  "record-delivery-completion",
  (input: { fulfillment_id: string }) => {
    return new WorkflowResponse(recordCompletionStep(deliveryCompletionStep(input)))
  }
)

/**
 * The buyer accepts (验收) a supplier's part. Accepting confirms receipt: a part not yet marked
 * delivered is marked so in Medusa first, whose delivery event then records the `delivered` step.
 */
export const acceptPartWorkflow = createWorkflow("accept-order-part", (input: BuyerPartInput) => {
  const part = prepareAcceptanceStep(input)
  when({ part }, ({ part }) => !part.delivered).then(() => {
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ part }, ({ part }) => ({ orderId: part.order_id, fulfillmentId: part.fulfillment_id })),
    })
  })
  recordBuyerVerdictStep(transform({ input }, ({ input }) => ({ part_id: input.part_id, accepted: true })))
  const recorded = recordCompletionStep(
    transform({ part, input }, ({ part, input }) => ({
      order_id: part.order_id,
      part_key: part.part_key,
      step: "accepted" as const,
      occurred_at: new Date(),
      actor_id: input.customer_id,
    }))
  )
  return new WorkflowResponse(recorded)
})

/** The buyer rates (评价) an accepted part: 1–5 stars and an optional comment, once. */
export const ratePartWorkflow = createWorkflow(
  "rate-order-part",
  (input: BuyerPartInput & { rating: number; comment?: string | null }) => {
    const part = prepareRatingStep(input)
    recordBuyerVerdictStep(
      transform({ input }, ({ input }) => ({
        part_id: input.part_id,
        rating: input.rating,
        rating_comment: input.comment ?? null,
      }))
    )
    const recorded = recordCompletionStep(
      transform({ part, input }, ({ part, input }) => ({
        order_id: part.order_id,
        part_key: part.part_key,
        step: "rated" as const,
        occurred_at: new Date(),
        actor_id: input.customer_id,
        rating: input.rating,
        comment: input.comment ?? null,
      }))
    )
    return new WorkflowResponse(recorded)
  }
)
