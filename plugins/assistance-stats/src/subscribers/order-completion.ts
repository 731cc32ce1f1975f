import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  recordDeliveryCompletionWorkflow,
  recordPaymentCompletionWorkflow,
} from "../workflows/completion/workflows/completion"

/** Payment captured and delivery made: two of the 832 completion steps, recorded once each. */
export default async function orderCompletion({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === "payment.captured") {
    await recordPaymentCompletionWorkflow(container).run({ input: { payment_id: event.data.id } })
  } else {
    await recordDeliveryCompletionWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
  }
}

export const config: SubscriberConfig = { event: ["payment.captured", "delivery.created"] }
