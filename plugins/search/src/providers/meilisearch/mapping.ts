import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { FacetDistribution, FacetStats, SearchParams, SearchResponse, Settings } from "meilisearch" with {
  "resolution-mode": "import",
}

/**
 * What the Search module asks of an engine, in Meilisearch's terms: index settings from a definition,
 * documents, the filter expression, the search request and the answer. Pure functions, so they are
 * unit-tested here; the provider (service.ts) only sends them.
 */

type Field = SearchTypes.SearchFieldDefinition
type Definition = SearchTypes.ResolvedSearchIndexDefinition

const unsupported = (what: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `The Meilisearch provider does not support ${what}`)

/** Every leaf field with its dotted path (objects are nested documents in Meilisearch too). */
function leaves(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? leaves(field.fields, path) : [[path, field] as [string, Field]]
  })
}

const isSearchable = (f: Field) => f.searchable === true || typeof f.searchable === "object"
const weight = (f: Field) => (typeof f.searchable === "object" ? (f.searchable.weight ?? 1) : 1)
const isFacetable = (f: Field) => f.facetable === true || typeof f.facetable === "object"

/**
 * The index settings: searchable fields ordered by weight (Meilisearch ranks earlier attributes
 * higher), filterable and sortable ones, facets, typo tolerance, and every attribute read as
 * Chinese (`cmn`), so Meilisearch segments it with its own jieba-based tokenizer.
 */
export function settingsFor(definition: Definition): Settings {
  const fields = leaves(definition.fields)
  for (const [path, field] of fields) {
    if (field.type === "geo" || field.type === "vector") throw unsupported(`${field.type} fields ("${path}")`)
  }
  const searchable = fields
    .filter(([, f]) => isSearchable(f))
    .sort(([, a], [, b]) => weight(b) - weight(a))
    .map(([path]) => path)
  const typo = definition.settings.typo_tolerance
  return {
    searchableAttributes: searchable,
    filterableAttributes: fields.filter(([, f]) => f.filterable || isFacetable(f)).map(([path]) => path),
    sortableAttributes: fields.filter(([, f]) => f.sortable).map(([path]) => path),
    displayedAttributes: ["*"],
    localizedAttributes: [{ attributePatterns: ["*"], locales: ["cmn"] }],
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      ...(typo?.min_word_size_for_one_typo || typo?.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              oneTypo: typo.min_word_size_for_one_typo,
              twoTypos: typo.min_word_size_for_two_typos,
            },
          }
        : {}),
      ...(typo?.disabled_on_attributes?.length ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
    },
    distinctAttribute: definition.settings.distinct_attribute ?? null,
    faceting: { maxValuesPerFacet: 100 },
  }
}

/** Date fields, which Meilisearch compares and sorts as numbers only: stored as epoch milliseconds. */
export const dateFields = (definition: Definition): ReadonlySet<string> =>
  new Set(
    leaves(definition.fields)
      .filter(([, f]) => f.type === "date")
      .map(([path]) => path)
  )

const toEpoch = (value: unknown) =>
  value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : value

/** A document as Meilisearch stores it: dates as epoch milliseconds (top-level date fields). */
export function documentFor(document: SearchTypes.SearchDocument, definition: Definition): Record<string, unknown> {
  const dates = dateFields(definition)
  return Object.fromEntries(
    Object.entries(document).map(([key, value]) => [key, dates.has(key) && value != null ? toEpoch(value) : value])
  )
}

/** A stored document back as the index defines it (dates as ISO strings). */
export function documentFrom(stored: Record<string, unknown>, definition: Definition): Record<string, unknown> {
  const dates = dateFields(definition)
  return Object.fromEntries(
    Object.entries(stored)
      .filter(([key]) => !key.startsWith("_"))
      .map(([key, value]) => [key, dates.has(key) && typeof value === "number" ? new Date(value).toISOString() : value])
  )
}

/** A literal in Meilisearch's filter syntax. */
function literal(value: unknown): string {
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** A field name in a filter: the definition's paths are plain identifiers and dots; anything else is refused. */
function attribute(path: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(path)) throw unsupported(`the field name "${path}"`)
  return path
}

/**
 * The module's filter tree as a Meilisearch filter expression. Operators Meilisearch has no
 * equivalent for ($prefix, $like) are refused rather than approximated.
 */
export function compileFilter(
  filters: SearchTypes.SearchFilters | undefined,
  dates: ReadonlySet<string> = new Set()
): string | undefined {
  if (!filters) return undefined
  const value = (path: string, v: unknown) => literal(dates.has(path) ? toEpoch(v) : v)
  const clauses: string[] = []
  for (const [key, raw] of Object.entries(filters)) {
    if (raw === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      const parts = (raw as SearchTypes.SearchFilters[])
        .map((f) => compileFilter(f, dates))
        .filter((p): p is string => !!p)
      if (parts.length) clauses.push(`(${parts.join(key === "$and" ? " AND " : " OR ")})`)
      continue
    }
    if (key === "$not") {
      const inner = compileFilter(raw as SearchTypes.SearchFilters, dates)
      if (inner) clauses.push(`NOT (${inner})`)
      continue
    }
    const field = attribute(key)
    if (raw === null) clauses.push(`${field} IS NULL`)
    else if (Array.isArray(raw)) clauses.push(`${field} IN [${raw.map((v) => value(key, v)).join(", ")}]`)
    else if (typeof raw === "object" && !(raw instanceof Date)) {
      for (const [op, operand] of Object.entries(raw as Record<string, unknown>)) {
        if (operand === undefined) continue
        switch (op) {
          case "$eq":
            clauses.push(operand === null ? `${field} IS NULL` : `${field} = ${value(key, operand)}`)
            break
          case "$ne":
            clauses.push(operand === null ? `${field} IS NOT NULL` : `${field} != ${value(key, operand)}`)
            break
          case "$in":
          case "$overlaps":
            clauses.push(`${field} IN [${(operand as unknown[]).map((v) => value(key, v)).join(", ")}]`)
            break
          case "$nin":
            clauses.push(`${field} NOT IN [${(operand as unknown[]).map((v) => value(key, v)).join(", ")}]`)
            break
          case "$contains":
            for (const v of [operand].flat()) clauses.push(`${field} = ${value(key, v)}`)
            break
          case "$lt":
            clauses.push(`${field} < ${value(key, operand)}`)
            break
          case "$lte":
            clauses.push(`${field} <= ${value(key, operand)}`)
            break
          case "$gt":
            clauses.push(`${field} > ${value(key, operand)}`)
            break
          case "$gte":
            clauses.push(`${field} >= ${value(key, operand)}`)
            break
          case "$exists":
            // an empty array holds nothing, as it holds nothing in the Postgres provider
            clauses.push(
              operand ? `(${field} EXISTS AND ${field} IS NOT EMPTY)` : `(${field} NOT EXISTS OR ${field} IS EMPTY)`
            )
            break
          default:
            throw unsupported(`the filter operator ${op} (on "${key}")`)
        }
      }
    } else clauses.push(`${field} = ${value(key, raw)}`)
  }
  return clauses.length ? clauses.join(" AND ") : undefined
}

const STRATEGY: Record<string, SearchParams["matchingStrategy"]> = { all: "all", last: "last", any: "frequency" }

type FacetRequest = { field: string; type: "value" | "stats"; limit?: number; sort?: "count" | "alpha" }

/** The facet requests, as value or stats facets (Meilisearch computes no ranges). */
export function facetRequests(input: SearchTypes.ProviderSearchQuery): FacetRequest[] {
  return (input.search_options?.facets ?? []).map((facet) => {
    const request = typeof facet === "string" ? { field: facet } : facet
    const type = "type" in request && request.type ? request.type : "value"
    if (type === "range") throw unsupported(`range facets ("${request.field}")`)
    return { ...(request as Omit<FacetRequest, "type">), type: type as FacetRequest["type"] }
  })
}

/** The search request for one query of the module. */
export function searchParamsFor(input: SearchTypes.ProviderSearchQuery): SearchParams {
  const options = input.search_options ?? {}
  if (options.vector) throw unsupported("vector search")
  if (options.highlight) throw unsupported("highlighting")
  if (input.pagination?.cursor !== undefined) throw unsupported("cursor pagination")
  const skip = input.pagination?.skip ?? 0
  const take = input.pagination?.take ?? 20
  // relevance is Meilisearch's own order; any other key is a sort rule after it
  const sort = Object.entries(input.pagination?.order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, dir]) => `${field}:${dir === "ASC" ? "asc" : "desc"}`)
  const exact = options.count === "exact" && take > 0 && skip % take === 0
  const facets = facetRequests(input)
  return {
    q: input.q ?? "",
    filter: compileFilter(input.filters, dateFields(input.index)),
    ...(sort.length ? { sort } : {}),
    ...(facets.length ? { facets: [...new Set(facets.map((f) => f.field))] } : {}),
    attributesToRetrieve: [...new Set([input.index.primary_key, ...input.attributes_to_retrieve])],
    matchingStrategy: STRATEGY[options.match_strategy ?? "all"],
    ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    showRankingScore: !!options.include_score,
    // an exact count needs page-based pagination; otherwise Meilisearch estimates it
    ...(exact ? { page: skip / take + 1, hitsPerPage: take } : { offset: skip, limit: take }),
  }
}

function facetResult(
  request: FacetRequest,
  distribution: FacetDistribution | undefined,
  stats: FacetStats | undefined
): SearchTypes.SearchFacetResult {
  if (request.type === "stats") {
    const s = stats?.[request.field]
    return { type: "stats", min: s?.min ?? 0, max: s?.max ?? 0, count: s ? 1 : 0 }
  }
  const values = Object.entries(distribution?.[request.field] ?? {}).map(([value, count]) => ({ value, count }))
  values.sort((a, b) => (request.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count))
  return { type: "value", values: request.limit ? values.slice(0, request.limit) : values }
}

/** Meilisearch's answer as the module's result. */
export function resultFrom(
  response: SearchResponse<Record<string, unknown>>,
  input: SearchTypes.ProviderSearchQuery
): SearchTypes.SearchResult {
  const primaryKey = input.index.primary_key
  const facets = facetRequests(input)
  const r = response as SearchResponse<Record<string, unknown>> & { totalHits?: number; estimatedTotalHits?: number }
  return {
    hits: response.hits.map((hit) => ({
      id: String(hit[primaryKey]),
      ...(input.search_options?.include_score ? { score: Number(hit._rankingScore ?? 0) } : {}),
      document: documentFrom(hit, input.index),
    })),
    ...(facets.length
      ? {
          facets: Object.fromEntries(
            facets.map((f) => [f.field, facetResult(f, response.facetDistribution, response.facetStats)])
          ),
        }
      : {}),
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count: input.search_options?.count === "none" ? null : (r.totalHits ?? r.estimatedTotalHits ?? null),
      query: input.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}
