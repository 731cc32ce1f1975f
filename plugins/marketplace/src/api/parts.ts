import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PART_FIELDS, PART_ORDER_FIELDS } from "./supplier/orders/query-config"

type Part = Record<string, unknown> & { order_id: string; item_ids: string[] }
type Order = Record<string, unknown> & { id: string; items?: { id: string }[] }

/** A part with its order, keeping only the part's own lines: no supplier sees what else the buyer bought. */
const withOwnLines = (part: Part, order: Order | undefined) => ({
  ...part,
  order: order ? { ...order, items: (order.items ?? []).filter((i) => part.item_ids.includes(i.id)) } : null,
})

/**
 * Supplier parts with their orders, filtered and paged; every order line outside a part is dropped.
 * Two queries (parts, then their orders): an order's line quantities and totals are computed by the
 * order module, which it does when orders are queried directly.
 */
export async function listParts(
  container: Pick<MedusaContainer, "resolve">,
  filters: Record<string, unknown>,
  options: { withSupplier?: boolean; pagination?: { skip: number; take: number; order?: Record<string, string> } } = {}
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "supplier_part",
    fields: [...PART_FIELDS, ...(options.withSupplier ? ["supplier.name"] : [])],
    filters,
    pagination: options.pagination,
  })
  const parts = data as Part[]
  const { data: orders } = parts.length
    ? await query.graph({
        entity: "order",
        fields: PART_ORDER_FIELDS,
        filters: { id: [...new Set(parts.map((p) => p.order_id))] },
      })
    : { data: [] }
  const orderById = new Map((orders as Order[]).map((o) => [o.id, o]))
  return { parts: parts.map((p) => withOwnLines(p, orderById.get(p.order_id))), count: metadata?.count ?? parts.length }
}
