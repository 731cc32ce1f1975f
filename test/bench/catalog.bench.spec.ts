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
  type Server,
} from "./support/backends"
import { fixed, recordBench } from "./support/report"

const PRODUCTS = Number(process.env.BENCH_CATALOG_PRODUCTS ?? 10_000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32

const servers: Server[] = []
afterAll(async () => {
  for (const server of servers) await server.stop()
})

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
    for (const project of ["plain", "ours"] as const) {
      const { db, port } = backends[project]
      const server = await startBackend(project, db, port)
      servers.push(server)
      const { token } = await queryOne<{ token: string }>(db, "select token from api_key where title = $1", [
        BENCH_KEY_TITLE,
      ])
      const { id: region } = await queryOne<{ id: string }>(db, "select id from region limit 1")
      const headers = { "x-publishable-api-key": token }
      const cases: [string, string, unknown?][] = [
        ["Medusa's product list, limit 20", "/store/products?limit=20"],
        [
          "priced list, limit 20",
          `/store/products?limit=20&region_id=${region}&fields=id,title,handle,thumbnail,*variants.calculated_price`,
        ],
        ["product page", `/store/products/prod_scale00000042?region_id=${region}&fields=*variants.calculated_price`],
      ]
      if (project === "ours")
        cases.push(
          [
            "shop catalog search with facets (POST /store/search)",
            "/store/search",
            storeSearchBody(readShopSearch({}).search),
          ],
          [
            "shop card list by county, limit 24",
            `/store/products?limit=24&region_id=${region}&county_code=513429&fields=${encodeURIComponent(CARD_FIELDS)}`,
          ]
        )
      for (const [name, path, body] of cases)
        results[`${project}: ${name}`] = await load(`${server.url}${path}`, headers, [server], {
          connections: CONNECTIONS,
          seconds: SECONDS,
          body,
        })
      if (project === "ours") {
        const shop = await startStorefront(server.url, token, 8502)
        servers.push(shop)
        for (const [name, path] of [
          ["shop home /", "/"],
          ["shop catalog /products", "/products"],
          ["shop product page", "/products/scale-42"],
          // a query is rendered per request (over cached backend reads): shown, not one of the cached pages
          ["shop filtered catalog /products?certified=1 (per request)", "/products?certified=1"],
        ])
          results[`ours: ${name}`] = await load(`${shop.url}${path}`, {}, [shop, server], {
            connections: CONNECTIONS,
            seconds: SECONDS,
          })
      }
      await server.stop()
    }

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
        "warm-up; then the storefront's production build (`next start`) in front of the shop's backend. CPU is the " +
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
