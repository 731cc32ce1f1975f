import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SUPPLIER_PART_CREATED } from "../lib/events"
import { notifyOrderToShipWorkflow } from "../workflows/marketplace/workflows/notifications"

/** A new supplier part is an order the supplier must ship: it goes into the supplier's inbox. */
export default async function notifyOrderToShip({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyOrderToShipWorkflow(container).run({ input: { part_ids: [event.data.id] } })
}

export const config: SubscriberConfig = { event: SUPPLIER_PART_CREATED }
