import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderWorkflow } from "../workflows/marketplace/workflows/parts"

/** Every placed order is split into supplier parts, so each supplier sees, ships and invoices only its lines. */
export default async function splitOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
