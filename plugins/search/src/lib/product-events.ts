import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchContainer } from "./product-documents"

type Event = Parameters<NonNullable<SearchTypes.SearchIndexDefinition["consume"]>>[0]
type Data = { id?: string | string[]; product_ids?: string[] }

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
