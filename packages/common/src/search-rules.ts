import { z } from "zod"
import { CERTIFICATE_TYPES } from "./certificate-rules"
import { parseYuan } from "./money"

/**
 * The shop's product search as its address says it (`/products?q=苹果&county=布拖县&sort=price_asc`) and
 * as the body of Medusa's POST /store/search over the product index (plugins/search). The page, its
 * suggestions and the benchmark build their requests here, so a filter means the same everywhere.
 */

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** Value facets the results page counts, by the index field they count. */
export const SEARCH_FACETS = [
  "province",
  "prefecture",
  "county",
  "categories",
  "supplier",
  "certificate_types",
  "poverty_exit",
] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]

export const SEARCH_PAGE_SIZE = 24
const MAX_QUERY = 100
const MAX_PAGE = 400

export interface ShopSearch {
  q?: string
  province?: string
  prefecture?: string
  county?: string
  category?: string
  supplier?: string
  certificate_type?: string
  /** Only products with a certificate valid today (of any type). */
  certified?: boolean
  poverty_exit?: boolean
  in_stock?: boolean
  min_price_fen?: number
  max_price_fen?: number
  sort: SearchSort
  page: number
}

/** The address parameter of each filter, and the index field it filters. */
const TEXT_FILTERS = {
  province: "province",
  prefecture: "prefecture",
  county: "county",
  category: "categories",
  supplier: "supplier",
} as const

type Params = Record<string, string | string[] | undefined>

/** Reads a search from the address; a value that cannot be a filter is dropped and named in `invalid`. */
export function readShopSearch(params: Params): { search: ShopSearch; invalid: string[] } {
  const one = (key: string) => {
    const value = params[key]
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
  }
  const invalid: string[] = []
  const search: ShopSearch = { sort: "relevance", page: 1 }
  if (one("q")) search.q = one("q").slice(0, MAX_QUERY)
  for (const key of Object.keys(TEXT_FILTERS) as (keyof typeof TEXT_FILTERS)[]) {
    if (one(key)) search[key] = one(key).slice(0, MAX_QUERY)
  }
  const type = one("certificate_type")
  if ((CERTIFICATE_TYPES as readonly string[]).includes(type)) search.certificate_type = type
  else if (type) invalid.push("certificate_type")
  if (one("certified") === "1") search.certified = true
  if (one("poverty_exit") === "1") search.poverty_exit = true
  if (one("in_stock") === "1") search.in_stock = true
  for (const [key, field] of [
    ["min_price", "min_price_fen"],
    ["max_price", "max_price_fen"],
  ] as const) {
    if (!one(key)) continue
    const fen = parseYuan(one(key))
    if (fen === null) invalid.push(key)
    else search[field] = fen
  }
  if (
    search.min_price_fen !== undefined &&
    search.max_price_fen !== undefined &&
    search.min_price_fen > search.max_price_fen
  ) {
    invalid.push("price_range")
    delete search.min_price_fen
    delete search.max_price_fen
  }
  const sort = one("sort")
  if ((SEARCH_SORTS as readonly string[]).includes(sort)) search.sort = sort as SearchSort
  else if (sort) invalid.push("sort")
  const page = Number(one("page") || "1")
  if (Number.isInteger(page) && page >= 1 && page <= MAX_PAGE) search.page = page
  else invalid.push("page")
  return { search, invalid }
}

/** The address of a search, e.g. for a page link or a facet value (`{ ...search, county: "布拖县", page: 1 }`). */
export function shopSearchParams(search: ShopSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.q) params.set("q", search.q)
  for (const key of Object.keys(TEXT_FILTERS) as (keyof typeof TEXT_FILTERS)[]) {
    const value = search[key]
    if (value) params.set(key, value)
  }
  if (search.certificate_type) params.set("certificate_type", search.certificate_type)
  if (search.certified) params.set("certified", "1")
  if (search.poverty_exit) params.set("poverty_exit", "1")
  if (search.in_stock) params.set("in_stock", "1")
  if (search.min_price_fen !== undefined) params.set("min_price", String(search.min_price_fen / 100))
  if (search.max_price_fen !== undefined) params.set("max_price", String(search.max_price_fen / 100))
  if (search.sort !== "relevance") params.set("sort", search.sort)
  if (search.page > 1) params.set("page", String(search.page))
  return params
}

const ORDER: Record<SearchSort, Record<string, "ASC" | "DESC">> = {
  relevance: { _score: "DESC", created_at: "DESC" },
  price_asc: { price_min: "ASC" },
  price_desc: { price_min: "DESC" },
  newest: { created_at: "DESC" },
}

/** The index fields a result card shows. */
export const SEARCH_HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "county",
  "poverty_exit",
  "certificate_types",
  "price_min",
  "in_stock",
]

/**
 * The POST /store/search body of a shop search: its filters (the server adds what it always
 * applies), a page of hits and, when asked, the facet counts. Facets are disjunctive, so choosing
 * a county still counts the other counties. `typos` also accepts near matches, for a second try when
 * the words found nothing.
 */
export function storeSearchBody(search: ShopSearch, { facets = true, take = SEARCH_PAGE_SIZE, typos = false } = {}) {
  const filters: Record<string, unknown> = {}
  if (search.q) filters.q = search.q
  for (const [key, field] of Object.entries(TEXT_FILTERS) as [keyof typeof TEXT_FILTERS, string][]) {
    const value = search[key]
    if (value) filters[field] = value
  }
  if (search.certificate_type) filters.certificate_types = search.certificate_type
  else if (search.certified) filters.certificate_types = { $exists: true }
  if (search.poverty_exit) filters.poverty_exit = true
  if (search.in_stock) filters.in_stock = true
  const price: Record<string, number> = {}
  if (search.min_price_fen !== undefined) price.$gte = search.min_price_fen
  if (search.max_price_fen !== undefined) price.$lte = search.max_price_fen
  if (Object.keys(price).length) filters.price_min = price
  return {
    entity: "product",
    fields: SEARCH_HIT_FIELDS,
    filters,
    pagination: {
      skip: (search.page - 1) * take,
      take,
      order: search.q ? ORDER[search.sort] : ORDER[search.sort === "relevance" ? "newest" : search.sort],
    },
    search_options: {
      count: "exact" as const,
      // near matches too (a mistyped pinyin): the engine compares letters, which costs more than words
      ...(typos ? { typo_tolerance: true } : {}),
      ...(facets
        ? {
            facets: [
              ...SEARCH_FACETS.map((field) => ({ field, limit: 50, sort: "count" as const })),
              { field: "price_min", type: "stats" as const },
            ],
            disjunctive_facets: true,
          }
        : {}),
    },
  }
}

/** Suggestions as one types: a few products and the counties and categories the words match, the last word as a prefix. */
export function suggestionBody(q: string) {
  return {
    entity: "product",
    fields: ["handle", "title", "county"],
    filters: { q },
    pagination: { take: 5 },
    search_options: {
      match_strategy: "last" as const,
      facets: [
        { field: "county", limit: 3, sort: "count" as const },
        { field: "categories", limit: 3, sort: "count" as const },
      ],
    },
  }
}

/** What GET /search/suggest accepts: the words typed so far (other parameters are ignored). */
export const SuggestQuery = z.object({
  q: z
    .string()
    .catch("")
    .transform((q) => q.trim())
    .refine((q) => q.length >= 1 && q.length <= MAX_QUERY, "q: 请输入1–100个字的搜索词"),
})
