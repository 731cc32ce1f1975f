import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { divisionNames, PRODUCT_GRAPH_FIELDS, productDocument, type ProductRow } from "../../../lib/product-documents"

const PAGE = 200
/** What a hit carries and the check compares (the index keeps the rest for matching only). */
const COMPARED = [
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "supplier_id",
  "supplier",
  "tags",
  "categories",
  "province",
  "prefecture",
  "county",
  "poverty_exit",
  "certificate_types",
  "price_min",
  "price_max",
  "in_stock",
]

export interface IndexDrift {
  checked: number
  /** Products the index does not hold. */
  missing: string[]
  /** Held with other values than the catalog has now, or shown when they should not be (or not when they should). */
  stale: string[]
  /** Held although the product no longer exists. */
  extra: string[]
  repaired: boolean
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Compares the product index with the catalog, page by page: every product's document as it would
 * be written now against what the index holds, including whether the shop may show it. With
 * `repair`, rewrites what drifted and removes what should not be there. The index is derived data,
 * so a repair is not undone: compensating would put the drift back.
 */
export const checkProductIndexStep = createStep(
  "check-product-index",
  async (input: { repair: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
    const drift: IndexDrift = { checked: 0, missing: [], stale: [], extra: [], repaired: false }
    const known = new Set<string>()

    for (let last: string | undefined; ;) {
      const { data } = await query.graph({
        entity: "product",
        fields: PRODUCT_GRAPH_FIELDS,
        filters: last ? { id: { $gt: last } } : {},
        pagination: { take: PAGE, order: { id: "ASC" } },
      })
      const rows = data as unknown as ProductRow[]
      if (!rows.length) break
      last = rows[rows.length - 1].id
      const names = await divisionNames({ query }, rows)
      const expected = rows.map((row) => productDocument(row, names))
      const ids = expected.map((d) => d.id)
      ids.forEach((id) => known.add(id))
      const [held, shown] = await search.searchMany([
        { entity: "product", filters: { id: ids }, fields: ["id", ...COMPARED], pagination: { take: ids.length } },
        {
          entity: "product",
          filters: { id: ids, status: "published", supplier_active: true },
          fields: ["id"],
          pagination: { take: ids.length },
        },
      ])
      const heldById = new Map(held.hits.map((h) => [h.id, h.document as Record<string, unknown>]))
      const shownIds = new Set(shown.hits.map((h) => h.id))
      const drifted: typeof expected = []
      for (const doc of expected) {
        const found = heldById.get(doc.id)
        const visible = doc.status === "published" && doc.supplier_active
        if (!found) drift.missing.push(doc.id)
        else if (COMPARED.some((f) => !same(found[f], doc[f as keyof typeof doc])) || visible !== shownIds.has(doc.id))
          drift.stale.push(doc.id)
        else continue
        drifted.push(doc)
      }
      drift.checked += expected.length
      if (input.repair && drifted.length) await search.upsertDocuments({ index: "product", documents: drifted })
    }

    for (let last: string | undefined; ;) {
      const page = await search.search({
        entity: "product",
        filters: last ? { id: { $gt: last } } : {},
        fields: ["id"],
        pagination: { take: 1000, order: { id: "ASC" } },
      })
      if (!page.hits.length) break
      last = page.hits[page.hits.length - 1].id
      drift.extra.push(...page.hits.map((h) => h.id).filter((id) => !known.has(id)))
    }
    if (input.repair && drift.extra.length)
      await search.deleteDocuments({ index: "product", filters: { id: drift.extra } })
    drift.repaired = input.repair && drift.missing.length + drift.stale.length + drift.extra.length > 0
    return new StepResponse(drift)
  }
)
