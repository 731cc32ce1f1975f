import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { indexTokens, queryTokens } from "../../lib/chinese-text"

/**
 * Medusa's Postgres search provider for Chinese text: the same tables, filters, facets, sorting and
 * typo tolerance (pg_trgm), but the searchable text is segmented before `to_tsvector` and the query
 * before `plainto_tsquery` (lib/chinese-text), both under Postgres' built-in `simple` configuration,
 * which neither stems nor drops anything.
 */
export class ChinesePostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-zh"

  protected get tsConfig_(): string {
    return "simple"
  }

  protected buildSearchVectorSql(
    weightedParts: { text: string; weight: "A" | "B" | "C" | "D" }[],
    params: unknown[]
  ): string {
    return super.buildSearchVectorSql(
      weightedParts.map((part) => ({ ...part, text: indexTokens(part.text) })),
      params
    )
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    // a subset of fields is matched on text Postgres tokenises itself, which cannot find Chinese words
    if (input.search_options?.attributes_to_search_on?.length)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "search_options.attributes_to_search_on: not supported for Chinese text; search all fields"
      )
    const q = input.q?.trim() ? queryTokens(input.q) : input.q
    return super.search({ ...input, q })
  }
}
