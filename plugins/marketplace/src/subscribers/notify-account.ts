import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { SupplierStatus } from "@zhunong/common/supplier-rules"
import { notifyAccountStatusWorkflow } from "../workflows/marketplace/workflows/notifications"

/** The platform approved, suspended, reinstated or terminated the supplier: its inbox says so. */
export default async function notifyAccount({ event, container }: SubscriberArgs<{ id: string; to: SupplierStatus }>) {
  await notifyAccountStatusWorkflow(container).run({ input: { supplier_id: event.data.id, to: event.data.to } })
}

export const config: SubscriberConfig = {
  event: ["supplier.approved", "supplier.suspended", "supplier.terminated"],
}
