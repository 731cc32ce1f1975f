import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toFen } from "@zhunong/provenance/utils/fen"
import { monthlySettlement, type SettlementLine } from "../lib/settlement"

/**
 * The supplier's settlement months for `year`, from its parts' order lines, cancellations and
 * received returns, by the ledger's counting rule (lib/settlement). Two queries: its parts, their orders.
 */
export async function supplierSettlement(container: Pick<MedusaContainer, "resolve">, supplierId: string, year: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({ entity: "supplier_part", fields: ["order_id", "item_ids"], filters: { supplier_id: supplierId } })
  const { data: orders } = parts.length
    ? await query.graph({
        entity: "order",
        // item_total: the order module computes line totals only when an order-level total is asked for
        fields: ["id", "created_at", "canceled_at", "item_total", "items.*", "items.total", "returns.received_at", "returns.items.item_id", "returns.items.received_quantity"],
        filters: { id: [...new Set(parts.map((p) => p.order_id))] },
      })
    : { data: [] }
  const orderById = new Map(orders.map((o) => [o.id, o]))
  const lines: SettlementLine[] = parts.flatMap((part) => {
    const order = orderById.get(part.order_id)
    if (!order) return []
    const own = part.item_ids as unknown as string[]
    const received = (order.returns ?? []).filter((r: { received_at: string | null }) => r.received_at)
    return (order.items ?? [])
      .filter((item: { id: string }) => own.includes(item.id))
      .map((item: { id: string; quantity: BigNumberInput; total: BigNumberInput }) => ({
        order_id: order.id,
        placed_at: new Date(order.created_at),
        total_fen: toFen(item.total),
        quantity: Number(item.quantity),
        canceled_at: order.canceled_at ? new Date(order.canceled_at) : null,
        returns: received.flatMap((r: { received_at: string; items?: { item_id: string; received_quantity: BigNumberInput }[] }) =>
          (r.items ?? []).filter((ri) => ri.item_id === item.id && Number(ri.received_quantity) > 0).map((ri) => ({ at: new Date(r.received_at), quantity: Number(ri.received_quantity) }))
        ),
      }))
  })
  return monthlySettlement(lines, year)
}
