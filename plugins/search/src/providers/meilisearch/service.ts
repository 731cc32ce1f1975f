import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch, Task } from "meilisearch" with { "resolution-mode": "import" }
import { compileFilter, documentFor, resultFrom, searchParamsFor, settingsFor } from "./mapping"

export interface MeilisearchOptions {
  host: string
  apiKey?: string
}

const task = (index: string, uid: number | undefined): SearchTypes.SearchTask => ({
  id: uid === undefined ? undefined : String(uid),
  index,
  status: "enqueued",
})

/**
 * The Search module's provider for a Meilisearch server (≥ 1.20), on Meilisearch's own client.
 * Meilisearch applies writes asynchronously: each write answers with its task, and the module
 * waits for them (`waitForTask`) before it makes a rebuilt index active. The mapping of settings,
 * documents, filters and answers is in mapping.ts.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "search-meilisearch"
  protected readonly options_: MeilisearchOptions
  protected readonly logger_?: Logger
  private client_?: Promise<Meilisearch>

  constructor({ logger }: { logger?: Logger }, options: MeilisearchOptions) {
    super()
    if (!options?.host)
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The Meilisearch provider needs its host (MEILISEARCH_HOST)"
      )
    this.options_ = options
    this.logger_ = logger
  }

  /** Meilisearch's client is an ES module; this plugin is compiled to CommonJS, so it is imported on first use. */
  protected get client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.apiKey })
    )
    return this.client_
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const client = await this.client
    const settings = settingsFor(index)
    const exists = await client
      .getRawIndex(index.physical_name)
      .then(() => true)
      .catch(() => false)
    if (!exists) await client.createIndex(index.physical_name, { primaryKey: index.primary_key }).waitTask()
    const { taskUid } = await client.index(index.physical_name).updateSettings(settings)
    return task(index.physical_name, taskUid)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client
    await client.deleteIndexIfExists(index)
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client
    const { results } = await client.getRawIndexes({ limit: 1000 })
    return Promise.all(
      results.map(async (raw) => ({
        name: raw.uid,
        provider: MeilisearchSearchService.identifier,
        document_count: (await client.index(raw.uid).getStats()).numberOfDocuments,
        created_at: new Date(raw.createdAt),
        updated_at: new Date(raw.updatedAt),
      }))
    )
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const client = await this.client
    const { taskUid } = await client.index(index).addDocuments(
      documents.map((d) => documentFor(d, definition)),
      { primaryKey: definition.primary_key }
    )
    return task(index, taskUid)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const client = await this.client
    const target = client.index(index)
    const { primaryKey } = await target.getRawInfo()
    const keys = Object.keys(filters)
    // by id: Meilisearch's delete-by-id path; anything else: its delete-by-filter
    const ids = keys.length === 1 && primaryKey && keys[0] === primaryKey ? [filters[primaryKey]].flat() : null
    const { taskUid } = ids
      ? await target.deleteDocuments(ids.map(String))
      : await target.deleteDocuments({ filter: compileFilter(filters) ?? "" })
    return task(index, taskUid)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client
    const { taskUid } = await client.index(index).deleteAllDocuments()
    return task(index, taskUid)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** One round trip for all of them (the module adds a query per disjunctive facet). */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const client = await this.client
    const { results } = await client.multiSearch({
      queries: inputs.map((input) => ({ indexUid: input.index.physical_name, ...searchParamsFor(input) })),
    })
    return results.map((response, i) => resultFrom(response as never, inputs[i]))
  }

  async waitForTask(
    search: SearchTypes.SearchTask,
    options?: { timeout_ms?: number }
  ): Promise<SearchTypes.SearchTask> {
    const client = await this.client
    if (!search.id) return { ...search, status: "succeeded" }
    const done: Task = await client.tasks.waitForTask(Number(search.id), { timeout: options?.timeout_ms })
    return {
      ...search,
      status: done.status === "succeeded" ? "succeeded" : "failed",
      ...(done.error ? { error: { message: done.error.message, code: done.error.code } } : {}),
    }
  }
}
