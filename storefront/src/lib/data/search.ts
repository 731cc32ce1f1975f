import "server-only"
import {
  SEARCH_FACETS,
  storeSearchBody,
  suggestionBody,
  type SearchFacet,
  type ShopSearch,
} from "@zhunong/common/search-rules"
import { sdk, shared } from "./client"

/** A product as the search index returns it (plugins/search; prices in fen). */
export interface SearchHit {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  county: string | null
  poverty_exit: boolean
  certificate_types: string[]
  price_min: number | null
  in_stock: boolean
}

export type FacetCounts = Record<SearchFacet, { value: string; count: number }[]>

export interface SearchAnswer {
  hits: SearchHit[]
  /** Nothing matched the words exactly; these are near matches (a mistyped pinyin, say). */
  approximate: boolean
  count: number
  facets: FacetCounts
  /** The lowest and highest price among the matches, in fen. */
  price: { min: number; max: number } | null
}

interface EngineResult {
  hits: { id: string; document: SearchHit }[]
  facets?: Record<string, { values?: { value: string | boolean; count: number }[]; min?: number; max?: number }>
  metadata: { count: number | null }
}

async function post(body: Record<string, unknown>): Promise<EngineResult> {
  // the same for every shopper: Medusa's search answers by the publishable key's channel only
  const { results } = await sdk().client.fetch<{ results: EngineResult[] }>("/store/search", {
    method: "POST",
    body,
    ...shared("products"),
  })
  return results[0]
}

/**
 * One page of a shop search with its facet counts, in one request to the backend; when the words
 * match nothing exactly, a second request accepts near matches.
 */
export async function searchProducts(search: ShopSearch): Promise<SearchAnswer> {
  let result = await post(storeSearchBody(search))
  let approximate = false
  if (search.q && !result.hits.length) {
    const near = await post(storeSearchBody(search, { typos: true }))
    approximate = near.hits.length > 0
    if (approximate) result = near
  }
  const facets = Object.fromEntries(
    SEARCH_FACETS.map((field) => [
      field,
      (result.facets?.[field]?.values ?? []).map((v) => ({ value: String(v.value), count: v.count })),
    ])
  ) as FacetCounts
  const stats = result.facets?.price_min
  return {
    hits: result.hits.map((h) => h.document),
    approximate,
    count: result.metadata.count ?? result.hits.length,
    facets,
    price: stats?.min !== undefined && stats.max !== undefined ? { min: stats.min, max: stats.max } : null,
  }
}

export interface Suggestions {
  products: { handle: string; title: string; county: string | null }[]
  counties: string[]
  categories: string[]
}

/** What the search box offers as one types: a few products, and the counties and categories they come from. */
export async function suggest(q: string): Promise<Suggestions> {
  const result = await post(suggestionBody(q))
  const values = (field: string) => (result.facets?.[field]?.values ?? []).map((v) => String(v.value))
  return {
    products: result.hits.map(({ document: d }) => ({ handle: d.handle, title: d.title, county: d.county })),
    counties: values("county"),
    categories: values("categories"),
  }
}
