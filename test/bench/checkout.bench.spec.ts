import { afterAll, describe, expect, it } from "vitest"
import { BENCH_KEY_TITLE, CHECKOUT_SKUS, LAST_ITEM_SKU } from "./support/bench-store"
import { buildAll, freshDatabase, queryOne, startBackend, type Project, type Server } from "./support/backends"
import { fixed, recordBench } from "./support/report"

const BUYERS = 16
const SECONDS = Number(process.env.BENCH_CHECKOUT_SECONDS ?? 60)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const RACERS = 20

const servers: Server[] = []
afterAll(async () => {
  for (const server of servers) await server.stop()
})

const ADDRESS = {
  first_name: "芳",
  last_name: "王",
  address_1: "松江区园中路1号",
  city: "上海市",
  province: "上海市",
  postal_code: "201620",
  country_code: "cn",
  phone: "13800000002",
}

/** Medusa's store API as a storefront calls it, with the backend's publishable key (and a shopper's token). */
function storeApi(base: string, key: string, counter = { calls: 0 }, token?: string) {
  const call = async <T>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown): Promise<T> => {
    counter.calls++
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        "x-publishable-api-key": key,
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = (await response.json()) as T & { message?: string }
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${data.message ?? ""}`)
    return data
  }
  return { call, calls: () => counter.calls, counter, base, key }
}
type StoreApi = ReturnType<typeof storeApi>

/** A registered, signed-in shopper (the shop checks out signed-in shoppers only), sharing `api`'s call count. */
async function signedIn(api: StoreApi, email: string): Promise<StoreApi> {
  const auth = async (path: string) => {
    const response = await fetch(`${api.base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "bench-password-1" }),
    })
    return ((await response.json()) as { token: string }).token
  }
  const registration = await auth("/auth/customer/emailpass/register")
  await storeApi(api.base, api.key, { calls: 0 }, registration).call("POST", "/store/customers", { email })
  return storeApi(api.base, api.key, api.counter, await auth("/auth/customer/emailpass"))
}

/** A payment collection for the cart and a session with Medusa's system provider (what the js-sdk's initiatePaymentSession sends). */
async function paymentSession(api: StoreApi, cartId: string) {
  const { payment_collection } = await api.call<{ payment_collection: { id: string } }>(
    "POST",
    "/store/payment-collections",
    { cart_id: cartId }
  )
  await api.call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
}

/** The store flow up to completion: cart with an item, address, shipping, payment session. */
async function readyCart(api: StoreApi, region: string, variant: string): Promise<string> {
  const { cart } = await api.call<{ cart: { id: string } }>("POST", "/store/carts", {
    region_id: region,
    email: "buyer@example.com",
    items: [{ variant_id: variant, quantity: 1 }],
  })
  await api.call("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
  const { shipping_options } = await api.call<{ shipping_options: { id: string }[] }>(
    "GET",
    `/store/shipping-options?cart_id=${cart.id}`
  )
  await api.call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  await paymentSession(api, cart.id)
  return cart.id
}

/**
 * The shop's own path to an order (storefront/src/lib/data/cart.ts): the product page's "加入购物车"
 * creates the cart with the line, the checkout's server action sets address, e-mail and what it is
 * bought for (none: a personal purchase) in one update, the shipping method, the payment session (the
 * js-sdk creates the collection first), then completes.
 */
async function shopCart(api: StoreApi, region: string, variant: string, option: string): Promise<string> {
  const { cart } = await api.call<{ cart: { id: string } }>("POST", "/store/carts?fields=id", {
    region_id: region,
    items: [{ variant_id: variant, quantity: 1 }],
  })
  await api.call("POST", `/store/carts/${cart.id}?fields=id`, {
    email: "buyer@example.com",
    shipping_address: ADDRESS,
    billing_address: ADDRESS,
    additional_data: { purchase_intent: null },
  })
  await api.call("POST", `/store/carts/${cart.id}/shipping-methods?fields=id`, { option_id: option })
  await paymentSession(api, cart.id)
  return cart.id
}

const complete = (api: StoreApi, cart: string) =>
  api.call<{ type: "order" | "cart" }>("POST", `/store/carts/${cart}/complete`)

/** The id of the bench store's variant with this SKU, in a backend's database. */
const variantOf = async (db: string, sku: string) =>
  (await queryOne<{ id: string }>(db, "select id from product_variant where sku = $1", [sku])).id

/** One way of placing orders on one backend: how a buyer readies a cart, and with whose session. */
interface Flow {
  name: string
  server: Server
  api: StoreApi
  ready: (buyer: number) => Promise<string>
  as: (buyer: number) => StoreApi
}

/** What BUYERS shoppers placing orders through a flow for `seconds` achieved. */
async function place(flow: Flow, seconds: number) {
  const startCalls = flow.api.calls()
  const cpuBefore = flow.server.cpuMs()
  const until = Date.now() + seconds * 1000
  let orders = 0
  await Promise.all(
    Array.from({ length: BUYERS }, async (_, buyer) => {
      while (Date.now() < until) {
        const result = await complete(flow.as(buyer), await flow.ready(buyer))
        if (result.type === "order") orders++
      }
    })
  )
  return { orders, cpuMs: flow.server.cpuMs() - cpuBefore, calls: flow.api.calls() - startCalls }
}

/**
 * Checkout beside plain Medusa: the same two backends as the catalog suite (production builds, one
 * process each, no Redis, the same store), BUYERS shoppers each running the whole store flow — cart,
 * address, shipping method, payment collection and session, completion — again and again for
 * SECONDS per flow, in ROUNDS turns; then the last unit in stock, RACERS carts completing it at the
 * same moment.
 */
describe("checkout", () => {
  it(`places orders with ${BUYERS} buyers for ${SECONDS} s beside plain Medusa`, async () => {
    await buildAll()
    const started = {} as Record<
      Project,
      { db: string; server: Server; api: StoreApi; region: string; variants: string[] }
    >
    for (const [project, port] of [
      ["plain", 9511],
      ["ours", 9512],
    ] as const) {
      const db = await freshDatabase(project, `bench_checkout_${project}`, 1_000)
      const server = await startBackend(project, db, port)
      servers.push(server)
      const { token } = await queryOne<{ token: string }>(db, "select token from api_key where title = $1", [
        BENCH_KEY_TITLE,
      ])
      const { id: region } = await queryOne<{ id: string }>(db, "select id from region limit 1")
      const variants = await Promise.all(CHECKOUT_SKUS.map((sku) => variantOf(db, sku)))
      started[project] = { db, server, api: storeApi(server.url, token), region, variants }
    }

    const medusaFlow = (project: Project): Flow => {
      const { server, api, region, variants } = started[project]
      return {
        name: `${project === "plain" ? "plain Medusa" : "the shop's backend"}: Medusa's store flow`,
        server,
        api,
        ready: (buyer) => readyCart(api, region, variants[buyer % variants.length]),
        as: () => api,
      }
    }
    const ours = started.ours
    const { id: option } = await queryOne<{ id: string }>(ours.db, "select id from shipping_option limit 1")
    const shoppers = await Promise.all(
      Array.from({ length: BUYERS }, (_, i) => signedIn(ours.api, `buyer${i}@example.com`))
    )
    const shopPath: Flow = {
      name: "the shop's backend: the shop's own path",
      server: ours.server,
      api: ours.api,
      ready: (buyer) => shopCart(shoppers[buyer], ours.region, ours.variants[buyer % ours.variants.length], option),
      as: (buyer) => shoppers[buyer],
    }
    const flows = [medusaFlow("plain"), medusaFlow("ours"), shopPath]

    // Both backends stay up (an idle one costs nothing) and the flows take turns, ROUNDS times: the
    // machine's drift over minutes falls on all of them alike instead of on whichever ran last.
    for (const flow of flows) await complete(flow.as(0), await flow.ready(0)) // warm-up
    const totals = flows.map(() => ({ orders: 0, cpuMs: 0, calls: 0 }))
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, flow] of flows.entries()) {
        const result = await place(flow, SECONDS / ROUNDS)
        totals[i].orders += result.orders
        totals[i].cpuMs += result.cpuMs
        totals[i].calls += result.calls
      }
    const rows = flows.map((flow, i) => {
      const { orders, cpuMs, calls } = totals[i]
      return [flow.name, orders, fixed(orders / SECONDS, 2), fixed(cpuMs / 1000 / orders, 3), fixed(calls / orders, 1)]
    })
    const [plainPerSecond, oursPerSecond, shopPerSecond] = totals.map((t) => t.orders / SECONDS)
    const [plainCalls, , shopCalls] = totals.map((t) => t.calls / t.orders)

    // the last unit: on each backend twenty carts hold it, all complete at once
    const winners = {} as Record<Project, number>
    for (const project of ["plain", "ours"] as const) {
      const { db, api, region } = started[project]
      const last = await variantOf(db, LAST_ITEM_SKU)
      const carts = await Promise.all(Array.from({ length: RACERS }, () => readyCart(api, region, last)))
      const outcomes = await Promise.allSettled(carts.map((cart) => complete(api, cart)))
      winners[project] = outcomes.filter((o) => o.status === "fulfilled" && o.value.type === "order").length
    }
    expect(winners, "exactly one order for the last unit").toEqual({ plain: 1, ours: 1 })

    const ratio = oursPerSecond / plainPerSecond
    recordBench({
      suite: "checkout",
      title: `Checkout beside plain Medusa (${BUYERS} buyers, ${SECONDS} s)`,
      method:
        "The catalog suite's two backends (production builds, one process each, no Redis, the same store made by " +
        `test/bench/support/bench-store.ts). ${BUYERS} buyers each run Medusa's whole store flow as a storefront calls it ` +
        "— create the cart with an item, set the address, list and choose the shipping option, create the payment " +
        "collection and a system-provider session, complete — again and again; on the shop's backend also the " +
        "shop's own sequence of calls (storefront/src/lib/data/cart.ts: add to cart, then the checkout's server " +
        `action). Both backends stay up and the three flows take turns, ${ROUNDS} rounds of ${fixed(SECONDS / ROUNDS, 0)} s ` +
        `each (${SECONDS} s per flow in all). Orders per second, the backend's CPU seconds per order (from /proc) and ` +
        `store calls per order. Then ${RACERS} carts holding the last unit in stock complete at the same moment.`,
      tables: [
        {
          columns: ["backend", "orders", "orders/s", "CPU s/order", "store calls/order"],
          rows,
        },
        {
          caption: "Same run:",
          columns: ["comparison", "result", "goal"],
          rows: [
            ["ours ÷ plain orders/s (Medusa's store flow)", `${fixed(ratio, 2)}×`, "≥ 1.0×"],
            ["the shop's own path ÷ plain orders/s", `${fixed(shopPerSecond / plainPerSecond, 2)}×`, "—"],
            [
              "store calls per order, the shop's own path vs Medusa's flow on plain",
              `${fixed(shopCalls, 1)} vs ${fixed(plainCalls, 1)}`,
              "fewer",
            ],
            [
              `last unit, ${RACERS} completions at once`,
              `plain ${winners.plain} order, ours ${winners.ours} order`,
              "exactly one",
            ],
          ],
        },
      ],
      findings: [
        `- The shop's backend places ${fixed(ratio, 2)}× plain Medusa's orders per second (${ratio >= 1 ? "goal met" : "below the goal of 1.0×"}).`,
        `- The shop's own path makes ${fixed(shopCalls, 1)} store calls per order, plain Medusa's flow ${fixed(plainCalls, 1)} (${shopCalls < plainCalls ? "goal met: fewer" : "below the goal: not fewer"}).`,
      ],
    })
  })
})
