import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export interface OrderPayment {
  provider_id: string
  captured_at: string | Date | null
}

/**
 * An order's payments, in one read: `order.placed` subscribers look at them to decide whether a
 * workflow has anything to do (most orders are placed merely authorized, by card or wallet).
 */
export async function paymentsOfOrder(container: Pick<MedusaContainer, "resolve">, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.provider_id", "payment_collections.payments.captured_at"],
    filters: { id: orderId },
  })
  const collections = (data[0]?.payment_collections ?? []) as ({ payments?: (OrderPayment | null)[] } | null)[]
  return collections.flatMap((c) => c?.payments ?? []).filter((p): p is OrderPayment => !!p)
}
