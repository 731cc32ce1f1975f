import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  recordOrderCancellationWorkflow,
  recordOrderReturnWorkflow,
  recordOrderSalesWorkflow,
} from "../workflows/ledger/workflows/record-order"

type OrderEvent = { id?: string; order_id?: string; return_id?: string }

/** Placed orders enter the ledger; cancellations and received returns are reversed. All idempotent. */
export default async function orderLedger({ event, container }: SubscriberArgs<OrderEvent>) {
  if (event.name === "order.return_received") {
    await recordOrderReturnWorkflow(container).run({
      input: { order_id: event.data.order_id!, return_id: event.data.return_id! },
    })
  } else if (event.name === "order.canceled") {
    await recordOrderCancellationWorkflow(container).run({ input: { order_id: event.data.id! } })
  } else {
    await recordOrderSalesWorkflow(container).run({ input: { order_id: event.data.id! } })
  }
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled", "order.return_received"] }
