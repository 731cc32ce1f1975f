import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  closeCanceledBankTransferWorkflow,
  openBankTransferWorkflow,
} from "../workflows/bank-transfer/workflows/bank-transfer"

/** An order placed on invoice opens its transfer; a cancelled order's transfer stops awaiting payment. */
export default async function bankTransferOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = { order_id: event.data.id }
  if (event.name === "order.canceled") await closeCanceledBankTransferWorkflow(container).run({ input })
  else await openBankTransferWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
