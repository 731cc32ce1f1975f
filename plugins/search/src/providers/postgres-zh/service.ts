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

  /** Document count of each table at its last ANALYZE. */
  private readonly analyzed = new Map<string, number>()

  /**
   * Keeps the table's statistics current while it fills: a fresh table (every reindex writes a new
   * one) has none, and Postgres then takes the store's always-true filters (published, in the channel)
   * for rare and scans every row instead of using the text index — 330 ms instead of 1 ms at 100,000
   * products (docs/benchmarks.md). Analyzed each time the table has doubled, so a seed of n documents
   * analyzes about log₂ n times; autovacuum looks after it from then on.
   */
  async upsertDocuments(
    input: Parameters<PostgresSearchService["upsertDocuments"]>[0]
  ): Promise<SearchTypes.SearchTask> {
    const task = await super.upsertDocuments(input)
    const catalog = await this.getCatalog(input.index)
    if (catalog && catalog.document_count >= Math.max(100, 2 * (this.analyzed.get(catalog.table_name) ?? 0))) {
      await this.manager_.execute(`ANALYZE "${catalog.table_name}"`)
      this.analyzed.set(catalog.table_name, catalog.document_count)
    }
    return task
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
