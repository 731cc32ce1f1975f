import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOLD_LINE_FIELDS, soldLineFen } from "@zhunong/common/server/fen"
import type { SettlementLine } from "../lib/settlement"

/**
 * The supplier's sold lines with their cancellations and received returns, for the settlement
 * (lib/settlement counts them by the ledger's rule). Three queries: its parts, their orders, their returns.
 */
export async function supplierSettlementLines(
  container: Pick<MedusaContainer, "resolve">,
  supplierId: string
): Promise<SettlementLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({
    entity: "supplier_part",
    fields: ["order_id", "item_ids"],
    filters: { supplier_id: supplierId },
  })
  const orderIds = [...new Set(parts.map((p) => p.order_id))]
  const [{ data: orders }, { data: returns }] = orderIds.length
    ? await Promise.all([
        query.graph({
          entity: "order",
          // item_total: the order module computes line totals only when an order-level total is asked for
          fields: ["id", "display_id", "created_at", "canceled_at", "item_total", "items.*", ...SOLD_LINE_FIELDS],
          filters: { id: orderIds },
        }),
        // received returns, read as the ledger reads them (an order's `returns` relation does not carry their items)
        query.graph({
          entity: "return",
          fields: ["id", "order_id", "received_at", "items.item_id", "items.received_quantity"],
          filters: { order_id: orderIds },
        }),
      ])
    : [{ data: [] }, { data: [] }]
  const orderById = new Map(orders.map((o) => [o.id, o]))
  const returnedItems = new Map<string, { at: Date; quantity: number }[]>()
  for (const r of returns.filter((r: { received_at: unknown }) => r.received_at)) {
    for (const item of (r.items ?? []) as { item_id: string; received_quantity: BigNumberInput }[]) {
      if (Number(item.received_quantity) <= 0) continue
      returnedItems.set(item.item_id, [
        ...(returnedItems.get(item.item_id) ?? []),
        { at: new Date(r.received_at as unknown as string), quantity: Number(item.received_quantity) },
      ])
    }
  }
  return parts.flatMap((part) => {
    const order = orderById.get(part.order_id)
    if (!order) return []
    const own = part.item_ids
    return (order.items ?? [])
      .filter((item: { id: string }) => own.includes(item.id))
      .map(
        (item: {
          id: string
          product_title: string | null
          variant_title: string | null
          quantity: BigNumberInput
          total: BigNumberInput
          return_received_total?: BigNumberInput
          return_dismissed_total?: BigNumberInput
        }) => ({
          order_id: order.id,
          display_id: Number(order.display_id),
          title: [item.product_title, item.variant_title].filter(Boolean).join(" · "),
          placed_at: new Date(order.created_at),
          total_fen: soldLineFen(item),
          quantity: Number(item.quantity),
          canceled_at: order.canceled_at ? new Date(order.canceled_at) : null,
          returns: returnedItems.get(item.id) ?? [],
        })
      )
  })
}
