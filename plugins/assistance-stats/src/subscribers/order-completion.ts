import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { paymentsOfOrder } from "@zhunong/common/server/order-payments"
import {
  recordDeliveryCompletionWorkflow,
  recordPaymentCompletionWorkflow,
} from "../workflows/completion/workflows/completion"

/**
 * Payment captured and delivery made: two of the 832 completion steps, recorded once each. An order
 * placed already paid (its provider captured when the cart completed) has no `payment.captured`:
 * `order.placed` records its payment. Most orders are placed merely authorized, so the subscriber
 * looks first and starts the workflow only for a captured one (a workflow run per checkout that
 * writes nothing was a measurable share of the checkout's CPU).
 */
export default async function orderCompletion({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === "payment.captured") {
    await recordPaymentCompletionWorkflow(container).run({ input: { payment_id: event.data.id } })
  } else if (event.name === "order.placed") {
    if ((await paymentsOfOrder(container, event.data.id)).some((p) => p.captured_at))
      await recordPaymentCompletionWorkflow(container).run({ input: { order_id: event.data.id } })
  } else {
    await recordDeliveryCompletionWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
  }
}

export const config: SubscriberConfig = { event: ["payment.captured", "order.placed", "delivery.created"] }
