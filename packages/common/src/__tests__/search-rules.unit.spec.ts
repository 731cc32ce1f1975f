import { describe, expect, it } from "vitest"
import { readShopSearch, shopSearchParams, storeSearchBody, SuggestQuery } from "../search-rules"

describe("the shop's search in the address and in POST /store/search", () => {
  it("reads filters from the address and names what it dropped", () => {
    const { search, invalid } = readShopSearch({
      q: " 苹果 ",
      county: "布拖县",
      certificate_type: "nope",
      min_price: "12.5",
      max_price: "abc",
      sort: "price_desc",
      page: "0",
    })
    expect(search).toEqual({ q: "苹果", county: "布拖县", min_price_fen: 1250, sort: "price_desc", page: 1 })
    expect(invalid).toEqual(["certificate_type", "max_price", "page"])
    expect(readShopSearch({ min_price: "100", max_price: "10" })).toMatchObject({
      search: { sort: "relevance", page: 1 },
      invalid: ["price_range"],
    })
  })

  it("writes the same search back to the address", () => {
    const { search } = readShopSearch({ q: "茶", province: "四川省", certified: "1", min_price: "9.9", page: "2" })
    expect(shopSearchParams(search).toString()).toBe(
      new URLSearchParams({ q: "茶", province: "四川省", certified: "1", min_price: "9.9", page: "2" }).toString()
    )
  })

  it("asks the index for the filters, a page, the order and the facet counts", () => {
    const { search } = readShopSearch({ q: "茶", county: "布拖县", min_price: "10", certified: "1", page: "3" })
    const body = storeSearchBody(search)
    expect(body.filters).toEqual({
      q: "茶",
      county: "布拖县",
      certificate_types: { $exists: true },
      price_min: { $gte: 1000 },
    })
    expect(body.pagination).toMatchObject({ skip: 48, take: 24, order: { _score: "DESC" } })
    expect(body.search_options.disjunctive_facets).toBe(true)
    // without words there is no relevance: newest first
    expect(storeSearchBody(readShopSearch({}).search).pagination.order).toEqual({ created_at: "DESC" })
  })

  it("takes the words typed so far for suggestions, and refuses none or too many with the field named", () => {
    expect(SuggestQuery.parse({ q: " 苦荞 ", other: "x" })).toEqual({ q: "苦荞" })
    for (const bad of [{}, { q: "  " }, { q: "字".repeat(101) }])
      expect(SuggestQuery.safeParse(bad).error?.issues[0].message).toBe("q: 请输入1–100个字的搜索词")
  })
})
