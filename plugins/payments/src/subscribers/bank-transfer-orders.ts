import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { paymentsOfOrder } from "@zhunong/common/server/order-payments"
import {
  closeCanceledBankTransferWorkflow,
  openBankTransferWorkflow,
} from "../workflows/bank-transfer/workflows/bank-transfer"

/**
 * An order placed on invoice opens its transfer; a cancelled order's transfer stops awaiting payment.
 * Most orders are paid otherwise: the subscriber looks at the new order's payments first and starts
 * the (locking) workflow only for one paid by transfer — a workflow run per checkout that writes
 * nothing was a measurable share of the checkout's CPU.
 */
export default async function bankTransferOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = { order_id: event.data.id }
  if (event.name === "order.canceled") await closeCanceledBankTransferWorkflow(container).run({ input })
  else if (
    (await paymentsOfOrder(container, event.data.id)).some((p) => p.provider_id === PAYMENT_PROVIDER_IDS.bank_transfer)
  )
    await openBankTransferWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
