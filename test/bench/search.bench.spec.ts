import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { readShopSearch, storeSearchBody } from "@zhunong/common/search-rules"
import { countyShortName, generateCatalog } from "@zhunong/seed/catalog-scale"
import { resolve } from "node:path"
import { performance } from "node:perf_hooks"
import { shoppableStore } from "../support/checkout"
import { validButuoCertificate } from "../support/marketplace"
import { DIVISIONS } from "./support/divisions"
import { fixed, recordBench } from "./support/report"

const ROOT = resolve(__dirname, "../..")
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000)
const RUNS = 30
const WARMUP = 3

/** The fixed queries: two characters, four, a county's name, pinyin, and words no product has. */
const QUERIES = [
  { kind: "2 characters", q: "苹果" },
  { kind: "4 characters", q: "高山苹果" },
  { kind: "county name", q: "布拖" },
  { kind: "pinyin", q: "pingguo" },
  { kind: "no hits", q: "榴莲" },
]

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * Search over PRODUCTS generated products (default 100,000; `seed/src/catalog-scale.ts`, bulk-loaded):
 * for each fixed query, the shop's own search (POST /store/search with the catalog page's body: a
 * page of 24, facet counts, exact count) beside Medusa's plain `q` filter on GET /store/products
 * (limit 24), on the same data in the same run, requests interleaved. Wall time per request
 * (server and client share the process); p50 and p95 of RUNS after WARMUP; and what each found.
 */
medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    it(`measures the shop's search beside Medusa's q filter over ${PRODUCTS.toLocaleString("en")} products`, async () => {
      const container = getContainer()
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const shop = await shoppableStore(container, [])
      const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
      const divisions = await provenance.createDivisions(DIVISIONS.map((d) => ({ ...d })))
      const certificate = await validButuoCertificate(container)

      let started = performance.now()
      await generateCatalog(db, {
        products: PRODUCTS,
        channelId: shop.channelId,
        counties: divisions
          .filter((d) => d.level === "county")
          .map((d) => ({ id: d.id, short: countyShortName(d.name) })),
        certificateId: certificate.id,
      })
      const loadSeconds = (performance.now() - started) / 1000
      started = performance.now()
      await container
        .resolve<ISearchModuleService & { reindex(i: { index: string }): Promise<unknown> }>(Modules.SEARCH)
        .reindex({ index: "product" })
      const indexSeconds = (performance.now() - started) / 1000
      const [{ table_name, document_count }] = (
        await db.raw(`select table_name, document_count from search_postgres_index order by created_at desc limit 1`)
      ).rows
      const [{ size }] = (await db.raw(`select pg_size_pretty(pg_total_relation_size(?)) as size`, [table_name])).rows
      console.log(
        `${PRODUCTS} products bulk-loaded in ${loadSeconds.toFixed(1)} s; indexed in ${indexSeconds.toFixed(1)} s ` +
          `(${document_count} documents, ${size} with its indexes)`
      )

      const cases = QUERIES.flatMap(({ kind, q }) => [
        {
          name: `${kind} (${q}): shop search`,
          run: () => api.post("/store/search", storeSearchBody(readShopSearch({ q }).search), shop.store),
          found: (data: { results: { metadata: { count: number } }[] }) => data.results[0].metadata.count,
        },
        {
          name: `${kind} (${q}): hits only`,
          run: () =>
            api.post("/store/search", storeSearchBody(readShopSearch({ q }).search, { facets: false }), shop.store),
          found: (data: { results: { metadata: { count: number } }[] }) => data.results[0].metadata.count,
        },
        {
          name: `${kind} (${q}): Medusa q`,
          run: () => api.get(`/store/products?limit=24&q=${encodeURIComponent(q)}`, shop.store),
          found: (data: { count: number }) => data.count,
        },
      ])
      const times = new Map(cases.map((c) => [c.name, [] as number[]]))
      const found = new Map<string, number>()
      for (let round = 0; round < RUNS + WARMUP; round++) {
        for (const c of cases) {
          const start = performance.now()
          const res = await c.run()
          const wall = performance.now() - start
          if (res.status !== 200) throw new Error(`${c.name}: ${res.status}`)
          found.set(c.name, c.found(res.data))
          if (round >= WARMUP) times.get(c.name)!.push(wall)
        }
      }
      const cell = (name: string) => {
        const t = times.get(name)!
        return `${percentile(t, 50).toFixed(0)} / ${percentile(t, 95).toFixed(0)} (${found.get(name)})`
      }
      const p50 = (name: string) => percentile(times.get(name)!, 50)
      recordBench({
        suite: "search",
        title: `Search over ${PRODUCTS.toLocaleString("en")} products beside Medusa's q`,
        method:
          `${PRODUCTS.toLocaleString("en")} products bulk-loaded by seed/src/catalog-scale.ts and indexed by the Search ` +
          "module's reindex through the search-postgres-zh provider, in one process and one run. For each fixed query: " +
          "the shop's catalog request (`POST /store/search` with the page's body: 24 hits, exact count, seven value " +
          "facets and the price stats), the same without facets, and Medusa's plain `GET /store/products?q=…&limit=24` " +
          `as the baseline; requests interleaved, p50 / p95 wall ms of ${RUNS} after ${WARMUP} warm-up rounds (server and ` +
          `client share the process), and how many products each found. Load ${fixed(loadSeconds)} s, index ${fixed(indexSeconds)} s.`,
        tables: [
          {
            columns: [
              "query",
              "shop search with facets: p50 / p95 ms (found)",
              "hits only",
              "Medusa q",
              "Medusa ÷ shop (p50)",
            ],
            rows: QUERIES.map(({ kind, q }) => {
              const name = (what: string) => `${kind} (${q}): ${what}`
              return [
                `${kind}: ${q}`,
                cell(name("shop search")),
                cell(name("hits only")),
                cell(name("Medusa q")),
                `${fixed(p50(name("Medusa q")) / p50(name("shop search")))}×`,
              ]
            }),
          },
        ],
        findings: [],
      })
    })
  },
})
