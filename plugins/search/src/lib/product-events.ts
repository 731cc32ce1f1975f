import type { SearchTypes } from "@medusajs/framework/types"
import { PROVENANCE_EVENTS } from "@zhunong/common/provenance-events"
import { CERTIFICATE_EVENTS, type SearchContainer } from "./product-documents"

type Event = Parameters<NonNullable<SearchTypes.SearchIndexDefinition["consume"]>>[0]
type Data = { id?: string | string[]; product_ids?: string[] }

/**
 * Everything that changes what the shop finds or shows in a product's search document: the product
 * and its variants (prices arrive with variant updates), stock (levels and reservations), its origin
 * county, its certificates, its supplier's status.
 */
export const PRODUCT_SEARCH_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  PROVENANCE_EVENTS.PRODUCT_ORIGIN_SET,
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  ...CERTIFICATE_EVENTS,
  PROVENANCE_EVENTS.CERTIFICATE_PRODUCTS_LINKED,
  "supplier.approved",
  "supplier.suspended",
  "supplier.terminated",
]

const ids = (data: Data) => [data.id ?? []].flat()

/** Values at a dotted path of every row (through lists), e.g. "products.id". */
function pluck(rows: unknown[], path: string[]): string[] {
  if (!path.length) return rows.filter((v): v is string => typeof v === "string")
  const [head, ...rest] = path
  return pluck(
    rows.flatMap((row) => [(row as Record<string, unknown> | null)?.[head] ?? []].flat()),
    rest
  )
}

async function graphIds(
  container: SearchContainer,
  entity: string,
  field: string,
  filters: Record<string, unknown>
): Promise<string[]> {
  // deleted rows too: a reservation released or a level removed still says which product it was
  const { data } = await container.query.graph({ entity, fields: [field], filters, withDeleted: true })
  return pluck(data, field.split("."))
}

const productsOfVariants = (container: SearchContainer, variantIds: string[]) =>
  variantIds.length ? graphIds(container, "product_variant", "product_id", { id: variantIds }) : []

const productsOfInventoryItems = (container: SearchContainer, itemIds: string[]) =>
  itemIds.length ? graphIds(container, "inventory_item", "variants.product_id", { id: itemIds }) : []

/** The products an event is about (the index's documents are keyed by product id). */
export async function productIdsOf(event: Event, { container }: SearchTypes.SearchIngestionContext): Promise<string[]> {
  const data = (event.data ?? {}) as Data
  const [kind] = event.name.split(".")
  switch (kind) {
    case "product":
      return ids(data)
    case "product-variant":
      return productsOfVariants(container, ids(data))
    case "inventory-level":
      return productsOfInventoryItems(
        container,
        await graphIds(container, "inventory_level", "inventory_item_id", { id: ids(data) })
      )
    case "reservation-item":
      return productsOfInventoryItems(
        container,
        await graphIds(container, "reservation_item", "inventory_item_id", { id: ids(data) })
      )
    case "certificate":
      return [
        ...(data.product_ids ?? []),
        ...(await graphIds(container, "certificate", "products.id", { id: ids(data) })),
      ]
    case "supplier":
      return graphIds(container, "supplier", "products.id", { id: ids(data) })
    default:
      return []
  }
}
