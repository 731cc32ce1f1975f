import type { BigNumberInput, SearchTypes } from "@medusajs/framework/types"
import { shanghaiDate } from "@zhunong/common/dates"
import { toFen } from "@zhunong/common/server/fen"
import { pinyinTokens } from "./chinese-text"

/** What `query.graph` reads per product to build its search document (one read per page of products). */
export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "tags.value",
  "categories.id",
  "categories.name",
  "sales_channels.id",
  "supplier.id",
  "supplier.name",
  "supplier.status",
  "division.code",
  "division.name",
  "division.is_poverty_exit",
  "certificates.type",
  "certificates.status",
  "certificates.valid_from",
  "certificates.valid_to",
  "variants.id",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Maybe<T> = T | null | undefined
export interface ProductRow {
  id: string
  handle: string
  title: string
  subtitle: Maybe<string>
  description: Maybe<string>
  thumbnail: Maybe<string>
  status: string
  created_at: string | Date
  tags?: Maybe<Maybe<{ value: string }>[]>
  categories?: Maybe<Maybe<{ id: string; name: string }>[]>
  sales_channels?: Maybe<Maybe<{ id: string }>[]>
  supplier?: Maybe<{ id: string; name: string; status: string }>
  division?: Maybe<{ code: string; name: string; is_poverty_exit: boolean }>
  certificates?: Maybe<Maybe<{ type: string; status: string; valid_from: string; valid_to: string }>[]>
  variants?: Maybe<
    Maybe<{
      id: string
      manage_inventory: boolean
      prices?: Maybe<Maybe<{ amount: BigNumberInput; currency_code: string }>[]>
      inventory_items?: Maybe<
        Maybe<{
          inventory?: Maybe<{
            location_levels?: Maybe<Maybe<{ stocked_quantity: number; reserved_quantity: number }>[]>
          }>
        }>[]
      >
    }>[]
  >
}

/** The names of a county's prefecture and province, by code (read once per page). */
export type DivisionNames = Map<string, string>

/** The prefecture's and province's codes of a county code (GB/T 2260: 2 + 2 + 2 digits). */
export const parentCodes = (countyCode: string) => ({
  prefecture: `${countyCode.slice(0, 4)}00`,
  province: `${countyCode.slice(0, 2)}0000`,
})

const present = <T>(items: Maybe<Maybe<T>[]>): T[] => (items ?? []).filter((i): i is T => !!i)

/**
 * A product as the shop searches it. Certificates count only while valid today (Asia/Shanghai), so
 * the nightly consistency check rewrites documents whose certificates started or ended overnight.
 */
export function productDocument(row: ProductRow, names: DivisionNames, today = shanghaiDate(new Date())) {
  const variants = present(row.variants)
  const fen = variants.flatMap((v) =>
    present(v.prices)
      .filter((p) => p.currency_code === "cny")
      .map((p) => toFen(p.amount))
  )
  const inStock = variants.some(
    (v) =>
      !v.manage_inventory ||
      present(v.inventory_items).some((item) =>
        present(item.inventory?.location_levels).some((l) => l.stocked_quantity - l.reserved_quantity > 0)
      )
  )
  const county = row.division ?? null
  const parents = county ? parentCodes(county.code) : null
  const categories = present(row.categories)
  const certificateTypes = present(row.certificates)
    .filter((c) => c.status === "valid" && c.valid_from <= today && today <= c.valid_to)
    .map((c) => c.type)
  const province = parents ? (names.get(parents.province) ?? null) : null
  const prefecture = parents ? (names.get(parents.prefecture) ?? null) : null
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    thumbnail: row.thumbnail ?? null,
    status: row.status,
    sales_channel_ids: present(row.sales_channels).map((c) => c.id),
    // a product without a supplier is the platform's own (平台自营)
    supplier_active: !row.supplier || row.supplier.status === "approved",
    supplier_id: row.supplier?.id ?? null,
    supplier: row.supplier?.name ?? null,
    tags: present(row.tags).map((t) => t.value),
    category_ids: categories.map((c) => c.id),
    categories: categories.map((c) => c.name),
    province_code: parents?.province ?? null,
    province,
    prefecture_code: parents?.prefecture ?? null,
    prefecture,
    county_code: county?.code ?? null,
    county: county?.name ?? null,
    poverty_exit: county?.is_poverty_exit ?? false,
    certificate_types: [...new Set(certificateTypes)],
    price_min: fen.length ? Math.min(...fen) : null,
    price_max: fen.length ? Math.max(...fen) : null,
    in_stock: inStock,
    created_at: new Date(row.created_at).toISOString(),
    pinyin: pinyinTokens([row.title, county?.name, prefecture, ...categories.map((c) => c.name)]),
  }
}

export type SearchContainer = SearchTypes.SearchIngestionContext["container"]

/** The names of the prefectures and provinces above the page's counties, in one read. */
export async function divisionNames(
  container: { query: Pick<SearchContainer["query"], "graph"> },
  rows: ProductRow[]
): Promise<DivisionNames> {
  const codes = new Set<string>()
  for (const row of rows) {
    if (!row.division) continue
    const { prefecture, province } = parentCodes(row.division.code)
    codes.add(prefecture).add(province)
  }
  if (!codes.size) return new Map()
  const { data } = await container.query.graph({
    entity: "division",
    fields: ["code", "name"],
    filters: { code: [...codes] },
  })
  return new Map(data.map((d: { code: string; name: string }) => [d.code, d.name]))
}
