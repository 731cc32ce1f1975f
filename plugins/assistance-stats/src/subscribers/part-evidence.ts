import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SUPPLIER_PART_EVENTS } from "@zhunong/marketplace/events"
import { recordPartEvidenceWorkflow } from "../workflows/evidence/workflows/record-part-evidence"

/** A supplier recorded a shipment or an invoice: the 台账 shows it from now on. */
export default async function partEvidence({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPartEvidenceWorkflow(container).run({ input: { part_id: event.data.id } })
}

export const config: SubscriberConfig = { event: [SUPPLIER_PART_EVENTS.SHIPPED, SUPPLIER_PART_EVENTS.INVOICED] }
