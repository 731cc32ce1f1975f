import { afterAll, describe, expect, it } from "vitest"
import { BENCH_KEY_TITLE, CHECKOUT_SKUS, LAST_ITEM_SKU } from "./support/bench-store"
import { buildAll, freshDatabase, queryOne, startBackend, type Project, type Server } from "./support/backends"
import { fixed, recordBench } from "./support/report"

const BUYERS = 16
const SECONDS = Number(process.env.BENCH_CHECKOUT_SECONDS ?? 60)
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

/**
 * Checkout beside plain Medusa: the same two backends as the catalog suite (production builds, one
 * process each, no Redis, the same store), BUYERS shoppers each running the whole store flow — cart,
 * address, shipping method, payment collection and session, completion — again and again for
 * SECONDS; then the last unit in stock, RACERS carts completing it at the same moment.
 */
describe("checkout", () => {
  it(`places orders with ${BUYERS} buyers for ${SECONDS} s beside plain Medusa`, async () => {
    await buildAll()
    const rows: (string | number)[][] = []
    const perSecond: Partial<Record<Project, number>> = {}
    const winners: Partial<Record<Project, number>> = {}
    let shopPerSecond = 0
    let shopCalls = 0
    let plainCalls = 0
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
      const variantOf = async (sku: string) =>
        (await queryOne<{ id: string }>(db, "select id from product_variant where sku = $1", [sku])).id
      const variants = await Promise.all(CHECKOUT_SKUS.map(variantOf))
      const api = storeApi(server.url, token)

      /** BUYERS shoppers placing orders through `ready` for SECONDS: a table row, and orders per second. */
      const run = async (
        name: string,
        ready: (variant: string, buyer: number) => Promise<string>,
        as: (buyer: number) => StoreApi = () => api
      ) => {
        await complete(as(0), await ready(variants[0], 0)) // warm-up
        const startCalls = api.calls()
        const cpuBefore = server.cpuMs()
        const until = Date.now() + SECONDS * 1000
        let orders = 0
        await Promise.all(
          Array.from({ length: BUYERS }, async (_, buyer) => {
            while (Date.now() < until) {
              const result = await complete(as(buyer), await ready(variants[buyer % variants.length], buyer))
              if (result.type === "order") orders++
            }
          })
        )
        const cpuSeconds = (server.cpuMs() - cpuBefore) / 1000
        const calls = (api.calls() - startCalls) / orders
        rows.push([name, orders, fixed(orders / SECONDS, 2), fixed(cpuSeconds / orders, 3), fixed(calls, 1)])
        return { perSecond: orders / SECONDS, calls }
      }
      const medusaFlow = await run(
        `${project === "plain" ? "plain Medusa" : "the shop's backend"}: Medusa's store flow`,
        (v) => readyCart(api, region, v)
      )
      perSecond[project] = medusaFlow.perSecond
      if (project === "plain") plainCalls = medusaFlow.calls
      if (project === "ours") {
        const { id: option } = await queryOne<{ id: string }>(db, "select id from shipping_option limit 1")
        const shoppers = await Promise.all(
          Array.from({ length: BUYERS }, (_, i) => signedIn(api, `buyer${i}@example.com`))
        )
        ;({ perSecond: shopPerSecond, calls: shopCalls } = await run(
          "the shop's backend: the shop's own path",
          (v, buyer) => shopCart(shoppers[buyer], region, v, option),
          (buyer) => shoppers[buyer]
        ))
      }

      // the last unit: twenty carts hold it, all complete at once
      const last = await variantOf(LAST_ITEM_SKU)
      const carts = await Promise.all(Array.from({ length: RACERS }, () => readyCart(api, region, last)))
      const outcomes = await Promise.allSettled(carts.map((cart) => complete(api, cart)))
      winners[project] = outcomes.filter((o) => o.status === "fulfilled" && o.value.type === "order").length
      await server.stop()
    }
    expect(winners, "exactly one order for the last unit").toEqual({ plain: 1, ours: 1 })

    const ratio = perSecond.ours! / perSecond.plain!
    recordBench({
      suite: "checkout",
      title: `Checkout beside plain Medusa (${BUYERS} buyers, ${SECONDS} s)`,
      method:
        "The catalog suite's two backends (production builds, one process each, no Redis, the same store made by " +
        `test/bench/support/bench-store.ts). ${BUYERS} buyers each run Medusa's whole store flow as a storefront calls it ` +
        "— create the cart with an item, set the address, list and choose the shipping option, create the payment " +
        `collection and a system-provider session, complete — again and again for ${SECONDS} s. Orders per second, the ` +
        "backend's CPU seconds per order (from /proc) and store calls per order; on the shop's backend also the " +
        "shop's own sequence of calls (storefront/src/lib/data/cart.ts: add to cart, then the checkout's server " +
        `action). Then ${RACERS} carts holding the last ` +
        "unit in stock complete at the same moment.",
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
            ["the shop's own path ÷ plain orders/s", `${fixed(shopPerSecond / perSecond.plain!, 2)}×`, "—"],
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
