// the registry `defineSearchIndex` writes to, as the application sets it up before loading src/search
import "@medusajs/framework/modules-sdk"
import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { readShopSearch, SEARCH_FACETS, storeSearchBody } from "@zhunong/common/search-rules"
import productIndex from "../../../search/products"
import { compileFilter, documentFor, documentFrom, resultFrom, searchParamsFor, settingsFor } from "../mapping"

const definition: SearchTypes.ResolvedSearchIndexDefinition = {
  ...productIndex,
  primary_key: "id",
  provider: "search-meilisearch",
  settings: {},
  definition_hash: "test",
  physical_name: "product_1",
}

/** A query as the module hands it to the provider, from the shop's own request body. */
function providerQuery(params: Record<string, string>): SearchTypes.ProviderSearchQuery {
  const { q, ...filters } = storeSearchBody(readShopSearch(params).search).filters as SearchTypes.SearchFilters
  const body = storeSearchBody(readShopSearch(params).search)
  return {
    index: definition,
    q: q as string | undefined,
    filters,
    pagination: body.pagination,
    search_options: body.search_options,
    attributes_to_retrieve: body.fields,
  }
}

describe("the Meilisearch provider's mapping", () => {
  it("sets the index up from the product index: searchable by weight, filters, sorts, Chinese", () => {
    const settings = settingsFor(definition)
    expect(settings.searchableAttributes?.[0]).toBe("title")
    expect(settings.searchableAttributes?.slice(-2)).toEqual(expect.arrayContaining(["description", "pinyin"]))
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["status", "sales_channel_ids", "supplier_active", "county", "price_min", "in_stock"])
    )
    expect(settings.sortableAttributes).toEqual(["id", "price_min", "price_max", "created_at"])
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ["*"], locales: ["cmn"] }])
    expect(() => settingsFor({ ...definition, fields: { ...definition.fields, where: { type: "geo" } } })).toThrow(
      /geo fields \("where"\)/
    )
  })

  it("stores dates as epoch milliseconds and gives them back as ISO strings", () => {
    const stored = documentFor({ id: "prod_1", title: "茶", created_at: "2026-11-27T00:00:00.000Z" }, definition)
    expect(stored).toEqual({ id: "prod_1", title: "茶", created_at: Date.UTC(2026, 10, 27) })
    expect(documentFrom({ ...stored, _rankingScore: 0.9 }, definition)).toEqual({
      id: "prod_1",
      title: "茶",
      created_at: "2026-11-27T00:00:00.000Z",
    })
  })

  it("compiles every filter operator, quoting values, and refuses what Meilisearch cannot express", () => {
    const dates = new Set(["created_at"])
    expect(
      compileFilter(
        {
          county: '布拖"县',
          categories: ["茶叶", "粮油"],
          poverty_exit: true,
          supplier_id: null,
          price_min: { $gte: 1000, $lt: 5000 },
          certificate_types: { $exists: true },
          created_at: { $gte: new Date(Date.UTC(2026, 0, 1)) },
          $or: [{ status: "published" }, { status: { $ne: "draft" } }],
          $not: { in_stock: false },
        },
        dates
      )
    ).toBe(
      'county = "布拖\\"县" AND categories IN ["茶叶", "粮油"] AND poverty_exit = true AND supplier_id IS NULL AND ' +
        "price_min >= 1000 AND price_min < 5000 AND (certificate_types EXISTS AND certificate_types IS NOT EMPTY) AND " +
        `created_at >= ${Date.UTC(2026, 0, 1)} AND (status = "published" OR status != "draft") AND NOT (in_stock = false)`
    )
    expect(compileFilter({ q: "茶" })).toBeUndefined()
    expect(() => compileFilter({ title: { $prefix: "茶" } })).toThrow(/\$prefix/)
    expect(() => compileFilter({ "title OR 1=1": "x" })).toThrow(/field name/)
  })

  it("builds the shop's search request: text, filters, order, a page with an exact count, facets", () => {
    const params = searchParamsFor(providerQuery({ q: "苹果", county: "昭阳区", sort: "price_asc", page: "2" }))
    expect(params).toMatchObject({
      q: "苹果",
      filter: 'county = "昭阳区"',
      sort: ["price_min:asc"],
      page: 2,
      hitsPerPage: 24,
      matchingStrategy: "all",
      facets: [...SEARCH_FACETS, "price_min"],
    })
    expect(params.attributesToRetrieve?.[0]).toBe("id")
    // relevance is Meilisearch's own order: only the tie-break remains
    expect(searchParamsFor(providerQuery({ q: "茶" })).sort).toEqual(["created_at:desc"])
    expect(searchParamsFor({ ...providerQuery({}), search_options: { match_strategy: "any" } }).matchingStrategy).toBe(
      "frequency"
    )
    expect(() =>
      searchParamsFor({
        ...providerQuery({}),
        search_options: { facets: [{ field: "price_min", type: "range", ranges: [] }] },
      })
    ).toThrow(/range facets/)
  })

  it("reads Meilisearch's answer: hits, facet counts in order and limited, price stats, the total", () => {
    const input = providerQuery({ q: "茶" })
    const result = resultFrom(
      {
        hits: [{ id: "prod_1", title: "布拖苦荞茶", created_at: Date.UTC(2026, 10, 1) }],
        query: "茶",
        processingTimeMs: 3,
        hitsPerPage: 24,
        page: 1,
        totalPages: 1,
        totalHits: 1,
        facetDistribution: { county: { 勐海县: 1, 布拖县: 3 } },
        facetStats: { price_min: { min: 2990, max: 39800 } },
      } as never,
      input
    )
    expect(result.hits).toEqual([
      { id: "prod_1", document: { id: "prod_1", title: "布拖苦荞茶", created_at: "2026-11-01T00:00:00.000Z" } },
    ])
    expect(result.facets?.county).toEqual({
      type: "value",
      values: [
        { value: "布拖县", count: 3 },
        { value: "勐海县", count: 1 },
      ],
    })
    expect(result.facets?.price_min).toMatchObject({ type: "stats", min: 2990, max: 39800 })
    expect(result.facets?.province).toEqual({ type: "value", values: [] })
    expect(result.metadata.count).toBe(1)
  })
})
