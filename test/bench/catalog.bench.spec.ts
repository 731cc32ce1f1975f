import { afterAll, describe, it } from "vitest"
import { readShopSearch, storeSearchBody } from "@zhunong/common/search-rules"
import { CARD_FIELDS } from "@zhunong/common/shop-fields"
import { BENCH_KEY_TITLE } from "./support/bench-store"
import {
  buildAll,
  freshDatabase,
  load,
  queryOne,
  startBackend,
  startStorefront,
  type Load,
  type Project,
  type Server,
} from "./support/backends"
import { fixed, recordBench } from "./support/report"

const PRODUCTS = Number(process.env.BENCH_CATALOG_PRODUCTS ?? 10_000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

const servers: Server[] = []
afterAll(async () => {
  for (const server of servers) await server.stop()
})

/** Several runs of one case as one row: their mean, failures added up. */
function meanOf(runs: Load[]): Load {
  const mean = (pick: (l: Load) => number) => runs.reduce((sum, l) => sum + pick(l), 0) / runs.length
  return {
    requests: runs.reduce((sum, l) => sum + l.requests, 0),
    perSecond: mean((l) => l.perSecond),
    p50: mean((l) => l.p50),
    p975: mean((l) => l.p975),
    cpuPerRequest: mean((l) => l.cpuPerRequest),
    failed: runs.reduce((sum, l) => sum + l.failed, 0),
  }
}

const row = (name: string, l: Load) => [
  name,
  fixed(l.perSecond),
  fixed(l.p50, 0),
  fixed(l.p975, 0),
  fixed(l.cpuPerRequest),
  l.failed,
]

/**
 * The catalog under load beside plain Medusa: two backends from the same node_modules — the shop's
 * and Medusa 2.21.2 with no plugins (test/bench/plain-medusa) — each a production build in one
 * process, no Redis, its own database with the same generated products (test/bench/support/bench-store.ts).
 * 32 clients ask as fast as answers come: Medusa's product list, the list priced for the region, a
 * product, and (ours) the shop's own catalog request (search with facet counts) and its county
 * page's card list (provenance fields, filtered by county); then the shop's pages through the
 * storefront's production build. Requests per second, p50 and p97.5 latency, and the servers' CPU
 * per request (read from /proc around each run).
 */
describe("catalog", () => {
  it(`serves ${PRODUCTS.toLocaleString("en")} products beside plain Medusa`, async () => {
    await buildAll()
    const backends = {
      plain: { db: await freshDatabase("plain", "bench_catalog_plain", PRODUCTS), port: 9501 },
      ours: { db: await freshDatabase("ours", "bench_catalog_ours", PRODUCTS), port: 9502 },
    }
    const results: Record<string, Load> = {}
    const started = {} as Record<Project, { server: Server; token: string; region: string }>
    for (const project of ["plain", "ours"] as const) {
      const { db, port } = backends[project]
      const server = await startBackend(project, db, port)
      servers.push(server)
      const { token } = await queryOne<{ token: string }>(db, "select token from api_key where title = $1", [
        BENCH_KEY_TITLE,
      ])
      const { id: region } = await queryOne<{ id: string }>(db, "select id from region limit 1")
      started[project] = { server, token, region }
    }
    const run = (project: Project, path: string, body?: unknown, servers = [started[project].server]) =>
      load(`${servers[0].url}${path}`, { "x-publishable-api-key": started[project].token }, servers, {
        connections: CONNECTIONS,
        seconds: SECONDS,
        body,
      })

    // Both backends stay up (an idle one costs nothing) and take turns, case by case, ROUNDS times:
    // drift on a shared machine (another tenant, Postgres' caches) then falls on both alike.
    const shared: [string, (region: string) => string][] = [
      ["Medusa's product list, limit 20", () => "/store/products?limit=20"],
      [
        "priced list, limit 20",
        (region) =>
          `/store/products?limit=20&region_id=${region}&fields=id,title,handle,thumbnail,*variants.calculated_price`,
      ],
      [
        "product page",
        (region) => `/store/products/prod_scale00000042?region_id=${region}&fields=*variants.calculated_price`,
      ],
    ]
    for (const [name, path] of shared) {
      const rounds: Record<Project, Load[]> = { plain: [], ours: [] }
      for (let round = 0; round < ROUNDS; round++)
        for (const project of ["plain", "ours"] as const)
          rounds[project].push(await run(project, path(started[project].region)))
      for (const project of ["plain", "ours"] as const) results[`${project}: ${name}`] = meanOf(rounds[project])
    }
    const ours = started.ours
    results["ours: shop catalog search with facets (POST /store/search)"] = await run(
      "ours",
      "/store/search",
      storeSearchBody(readShopSearch({}).search)
    )
    results["ours: shop card list by county, limit 24"] = await run(
      "ours",
      `/store/products?limit=24&region_id=${ours.region}&county_code=513429&fields=${encodeURIComponent(CARD_FIELDS)}`
    )
    await started.plain.server.stop()

    const shop = await startStorefront(ours.server.url, ours.token, 8502)
    servers.push(shop)
    for (const [name, path] of [
      ["shop home /", "/"],
      ["shop catalog /products", "/products"],
      ["shop product page", "/products/scale-42"],
      // a query is rendered per request (over cached backend reads): shown, not one of the cached pages
      ["shop filtered catalog /products?certified=1 (per request)", "/products?certified=1"],
    ])
      results[`ours: ${name}`] = await load(`${shop.url}${path}`, {}, [shop, ours.server], {
        connections: CONNECTIONS,
        seconds: SECONDS,
      })

    const ratio = (a: string, b: string) => results[a].perSecond / results[b].perSecond
    const apiRatios = ["Medusa's product list, limit 20", "priced list, limit 20", "product page"].map(
      (name) => [name, ratio(`ours: ${name}`, `plain: ${name}`)] as const
    )
    const pageRatios = ["shop home /", "shop catalog /products", "shop product page"].map(
      (name) => [name, ratio(`ours: ${name}`, "plain: priced list, limit 20")] as const
    )
    recordBench({
      suite: "catalog",
      title: `Catalog beside plain Medusa (${PRODUCTS.toLocaleString("en")} products, ${CONNECTIONS} clients)`,
      method:
        "Two backends from the same node_modules, each a production build (`medusa start`) in one process with no " +
        "Redis and its own database holding the same generated products: the shop's and plain Medusa 2.21.2 " +
        `(test/bench/plain-medusa). ${CONNECTIONS} concurrent clients (autocannon) for ${SECONDS} s per case after a 2 s ` +
        `warm-up. Both backends run side by side and take turns case by case, ${ROUNDS} rounds; a row is the mean of ` +
        "its rounds. Then the storefront's production build (`next start`) in front of the shop's backend. CPU is the " +
        "servers' own (backend, and storefront with its children, from /proc) divided by the requests answered.",
      tables: [
        {
          columns: ["request", "req/s", "p50 ms", "p97.5 ms", "server CPU ms/req", "failed"],
          rows: Object.entries(results).map(([name, l]) => row(name, l)),
        },
        {
          caption: "Ratios (req/s), same run:",
          columns: ["comparison", "ratio", "goal"],
          rows: [
            ...apiRatios.map(([name, r]) => [`ours ÷ plain: ${name}`, `${fixed(r, 2)}×`, "≥ 1.0×"]),
            ...pageRatios.map(([name, r]) => [`${name} ÷ plain priced list`, `${fixed(r, 2)}×`, "≥ 10×"]),
          ],
        },
      ],
      findings: [
        ...apiRatios.map(
          ([name, r]) =>
            `- ${name}: ours ${fixed(r, 2)}× plain Medusa's throughput (${r >= 1 ? "goal met" : "below the goal"}).`
        ),
        ...pageRatios.map(
          ([name, r]) =>
            `- ${name}: ${fixed(r, 1)}× plain Medusa's priced list (${r >= 10 ? "goal met" : "below the goal of 10×"}).`
        ),
      ],
    })
  })
})
