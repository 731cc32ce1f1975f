import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderCancellationWorkflow, recordOrderSalesWorkflow } from "../workflows/ledger/workflows/record-order"

/** Placed orders enter the ledger; canceled ones are reversed. Both are idempotent. */
export default async function orderLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  const workflow = event.name === "order.canceled" ? recordOrderCancellationWorkflow : recordOrderSalesWorkflow
  await workflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
