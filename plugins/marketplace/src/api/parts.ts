import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What a part shows: the order's number, date, status and delivery address, and only the part's own lines. */
const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "canceled_at",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.address_1",
  "shipping_address.postal_code",
  // An order line's quantity lives on its detail row, which `items.*` brings along; the order module
  // computes line totals only when an order-level total is asked for too.
  "item_total",
  "items.*",
  "items.total",
]
const PART_FIELDS = [
  "id",
  "order_id",
  "supplier_id",
  "item_ids",
  "carrier",
  "tracking_number",
  "shipped_at",
  "invoice_number",
  "invoice_file",
  "invoiced_at",
  "created_at",
]

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
        fields: ORDER_FIELDS,
        filters: { id: [...new Set(parts.map((p) => p.order_id))] },
      })
    : { data: [] }
  const orderById = new Map((orders as Order[]).map((o) => [o.id, o]))
  return { parts: parts.map((p) => withOwnLines(p, orderById.get(p.order_id))), count: metadata?.count ?? parts.length }
}
