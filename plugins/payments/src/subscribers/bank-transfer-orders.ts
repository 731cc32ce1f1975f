import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
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
  else if (await paidByTransfer(container, event.data.id)) await openBankTransferWorkflow(container).run({ input })
}

async function paidByTransfer(container: SubscriberArgs<unknown>["container"], orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.provider_id"],
    filters: { id: orderId },
  })
  const collections = (data[0]?.payment_collections ?? []) as ({
    payments?: ({ provider_id?: string } | null)[]
  } | null)[]
  return collections.some((c) => (c?.payments ?? []).some((p) => p?.provider_id === PAYMENT_PROVIDER_IDS.bank_transfer))
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
