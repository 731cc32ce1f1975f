import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { readShopSearch, storeSearchBody } from "@zhunong/common/search-rules"
import { generateCatalog } from "@zhunong/seed/catalog-scale"
import { resolve } from "node:path"
import { performance } from "node:perf_hooks"
import { shoppableStore } from "../support/checkout"
import { validButuoCertificate } from "../support/marketplace"

const ROOT = resolve(__dirname, "../..")
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000)
const RUNS = 30
const WARMUP = 3

/** Origin counties of the generated products, with their prefectures and provinces. */
const DIVISIONS = [
  { code: "510000", name: "四川省", level: "province" },
  { code: "513400", name: "凉山彝族自治州", level: "prefecture", parent_code: "510000" },
  { code: "513429", name: "布拖县", level: "county", parent_code: "513400", is_poverty_exit: true },
  { code: "513431", name: "昭觉县", level: "county", parent_code: "513400", is_poverty_exit: true },
  { code: "513436", name: "美姑县", level: "county", parent_code: "513400", is_poverty_exit: true },
  { code: "513423", name: "盐源县", level: "county", parent_code: "513400", is_poverty_exit: true },
  { code: "530000", name: "云南省", level: "province" },
  { code: "530600", name: "昭通市", level: "prefecture", parent_code: "530000" },
  { code: "530602", name: "昭阳区", level: "county", parent_code: "530600" },
  { code: "532800", name: "西双版纳傣族自治州", level: "prefecture", parent_code: "530000" },
  { code: "532822", name: "勐海县", level: "county", parent_code: "532800" },
  { code: "520000", name: "贵州省", level: "province" },
  { code: "520600", name: "铜仁市", level: "prefecture", parent_code: "520000" },
  { code: "520623", name: "石阡县", level: "county", parent_code: "520600", is_poverty_exit: true },
  { code: "520300", name: "遵义市", level: "prefecture", parent_code: "520000" },
  { code: "520323", name: "绥阳县", level: "county", parent_code: "520300", is_poverty_exit: true },
] as const

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
          .map((d) => ({ id: d.id, short: d.name.replace(/[县区市]$/, "") })),
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
      console.log(
        `| query | shop search with facets: p50 / p95 ms (found) | hits only | Medusa q | Medusa ÷ shop (p50) |`
      )
      console.log(`|---|---|---|---|---|`)
      for (const { kind, q } of QUERIES) {
        const name = (what: string) => `${kind} (${q}): ${what}`
        console.log(
          `| ${kind}: ${q} | ${cell(name("shop search"))} | ${cell(name("hits only"))} | ${cell(name("Medusa q"))} ` +
            `| ${(p50(name("Medusa q")) / p50(name("shop search"))).toFixed(1)}× |`
        )
      }
    })
  },
})
