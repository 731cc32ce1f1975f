import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BUYER_ATTRIBUTION_FIELDS } from "@zhunong/attribution/fields"
import { STORE_SUPPLIER_FIELDS } from "@zhunong/marketplace/fields"
import { STORE_PROVENANCE_FIELDS } from "@zhunong/provenance/fields"
import { resolve } from "node:path"
import { adminHeaders } from "../../../test/support/admin"
import {
  cartReady,
  choosePayment,
  customerHeaders,
  payAndComplete,
  shoppableStore,
} from "../../../test/support/checkout"
import { failure } from "../../../test/support/http"
import { approvedSupplier } from "../../../test/support/marketplace"
import { createEastJurisdictions } from "../../../test/support/attribution"
import { officeHeaders } from "../../../test/support/offices"
import { createLiangshanDivisions } from "../../../test/support/provenance"

type Headers = { headers: Record<string, string> }

/** Every object under `relation` (at any depth) in a response, to check which of its columns came back. */
function objectsUnder(value: unknown, relation: string): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap((v) => objectsUnder(v, relation))
  if (!value || typeof value !== "object") return []
  return Object.entries(value).flatMap(([key, v]) => [
    ...(key === relation ? [v].flat().filter((o): o is Record<string, unknown> => !!o && typeof o === "object") : []),
    ...objectsUnder(v, relation),
  ])
}
/** The columns a shopper may see of each relation linked to products and orders: the route's own allowed lists. */
const columnsOf = (fields: readonly string[], relation: string) =>
  fields.filter((f) => f.startsWith(`${relation}.`)).map((f) => f.slice(relation.length + 1))
const PUBLIC_COLUMNS: Record<string, string[]> = {
  supplier: ["id", ...columnsOf(STORE_SUPPLIER_FIELDS, "supplier")],
  division: ["id", ...columnsOf(STORE_PROVENANCE_FIELDS, "division")],
  certificates: ["id", ...columnsOf(STORE_PROVENANCE_FIELDS, "certificates")],
  order_attribution: ["id", ...BUYER_ATTRIBUTION_FIELDS],
  supplier_parts: [],
}
/** Every way of asking for a relation as a whole or for one of its private columns. */
const spellings = (relation: string, privateColumn: string) => [
  `*${relation}`,
  `${relation}.*`,
  `+${relation}.*`,
  relation,
  `+${relation}`,
  `+${relation}.${privateColumn}`,
]

medusaIntegrationTestRunner({
  cwd: resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>
    let supplier: Headers
    let product: { id: string; variantId: string }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createLiangshanDivisions(getContainer())
      shop = await shoppableStore(getContainer(), [])
      supplier = (await approvedSupplier(api, admin, "owner@coop.example")).supplier
      const { data } = await api.post(
        "/supplier/products",
        { title: "布拖苦荞茶", variants: [{ title: "500g", price_fen: 6_990, stock: 1 }] },
        supplier
      )
      const listed = (await api.get(`/supplier/products/${data.product.id}`, supplier)).data.product
      product = { id: data.product.id, variantId: listed.variants[0].id }
    })

    it("sells the last unit once when twenty buyers check out at the same moment, round after round, leaving no orphan order", async () => {
      const buyers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => customerHeaders(api, shop.store, `racer${i}@example.com`))
      )
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      for (let round = 1; round <= 2; round++) {
        // one more than the orders so far hold reserved: one unit left to sell
        await api.post(`/supplier/products/${product.id}/variants/${product.variantId}`, { stock: round }, supplier)
        const carts = await Promise.all(buyers.map((buyer) => cartReady(api, shop, buyer, [product.variantId])))
        await Promise.all(carts.map((cart, i) => choosePayment(api, buyers[i], cart)))
        const answers = await Promise.all(
          carts.map((cart, i) => api.post(`/store/carts/${cart}/complete`, {}, buyers[i]).catch(failure))
        )
        const placed = answers.filter((a) => a.status === 200 && a.data.type === "order")
        expect(placed, `round ${round}: one order`).toHaveLength(1)
        for (const refused of answers.filter((a) => !placed.includes(a))) {
          expect(refused.status, `round ${round}: ${JSON.stringify(refused.data)}`).toBeGreaterThanOrEqual(400)
          expect(refused.status).toBeLessThan(500)
        }
        const { data: orders } = await query.graph({ entity: "order", fields: ["id", "order_attribution.id"] })
        expect(orders, `round ${round}: no order beside the sold ones`).toHaveLength(round)
        expect(orders.every((o) => o.order_attribution)).toBe(true)
      }
      const report = (await api.post("/admin/ledger/reconcile", {}, admin)).data
      expect(report.orphan_orders).toEqual([])
    }, 300_000)

    it("serves an order to the customer who placed it only", async () => {
      const buyer = await customerHeaders(api, shop.store, "buyer@example.com")
      const orderId = (await payAndComplete(api, buyer, await cartReady(api, shop, buyer, [product.variantId]))).data
        .order.id
      expect((await api.get(`/store/orders/${orderId}`, buyer)).data.order.id).toBe(orderId)
      const stranger = await customerHeaders(api, shop.store, "stranger@example.com")
      const foreign = await api.get(`/store/orders/${orderId}`, stranger).catch(failure)
      expect([foreign.status, foreign.data.message]).toEqual([404, `订单 ${orderId} 不存在`])
      expect((await api.get(`/store/orders/${orderId}`, shop.store).catch(failure)).status).toBe(401)
    })

    it("shows a shopper only the public columns of every linked relation, however it is asked for", async () => {
      const buyer = await customerHeaders(api, shop.store, "buyer@example.com")
      const orderId = (await payAndComplete(api, buyer, await cartReady(api, shop, buyer, [product.variantId]))).data
        .order.id
      const routes: [path: string, headers: Headers, relations: [relation: string, privateColumn: string][]][] = [
        [
          "/store/products",
          shop.store,
          [
            ["supplier", "uscc"],
            ["certificates", "supplier_uscc"],
            ["division", "created_at"],
          ],
        ],
        [
          `/store/products/${product.id}`,
          shop.store,
          [
            ["supplier", "contact_phone"],
            ["certificates", "evidence"],
            ["division", "updated_at"],
          ],
        ],
        [
          "/store/orders",
          buyer,
          [
            ["order_attribution", "unit_uscc"],
            ["supplier_parts", "invoice_file"],
          ],
        ],
        [
          `/store/orders/${orderId}`,
          buyer,
          [
            ["order_attribution", "jurisdiction_chain"],
            ["supplier_parts", "item_ids"],
          ],
        ],
      ]
      let asked = 0
      for (const [path, headers, relations] of routes) {
        for (const [relation, privateColumn] of relations) {
          for (const fields of spellings(relation, privateColumn)) {
            const res = await api.get(`${path}?fields=${encodeURIComponent(fields)}`, headers).catch(failure)
            expect(res.status, `${path}?fields=${fields}`).toBeLessThan(500)
            for (const object of objectsUnder(res.data, relation)) {
              const extra = Object.keys(object).filter((column) => !PUBLIC_COLUMNS[relation].includes(column))
              expect(extra, `${path}?fields=${fields}`).toEqual([])
            }
            asked++
          }
        }
      }
      expect(asked).toBe(10 * 6)
      // the public columns still come when asked for one by one
      const { data } = await api.get(
        `/store/products/${product.id}?fields=${encodeURIComponent("+supplier.name,+division.name")}`,
        shop.store
      )
      expect(data.product.supplier).toEqual({ id: expect.any(String), name: "布拖县乐安苦荞专业合作社" })
    })

    it("refuses malformed input with a 400 naming the parameter, on our routes and Medusa's", async () => {
      const buyer = await customerHeaders(api, shop.store, "buyer@example.com")
      const refused = async (request: Promise<{ status: number; data: { message: string } }>) => {
        const res = await request.catch(failure)
        return [res.status, res.data.message]
      }
      expect(
        await refused(
          api.post(
            "/supplier/products",
            { title: "苦荞\u0000茶", variants: [{ title: "500g", price_fen: 100, stock: 1 }] },
            supplier
          )
        )
      ).toEqual([400, "title: 不能包含控制字符（如 \\u0000）"])
      expect(
        await refused(
          api.post(
            "/supplier/products",
            { title: "苦荞", variants: [{ title: "__proto__", price_fen: 100, stock: 1 }] },
            supplier
          )
        )
      ).toEqual([400, "variants.0.title: 不能是“__proto__”"])
      expect(
        await refused(
          api.post("/store/carts", { region_id: shop.regionId, items: [{ variant_id: "", quantity: 1 }] }, buyer)
        )
      ).toEqual([400, "items.0.variant_id: 不能为空"])
      expect(await refused(api.post("/store/carts", { region_id: " " }, buyer))).toEqual([400, "region_id: 不能为空"])
      expect(await refused(api.get("/store/products?limit=-1", shop.store))).toEqual([
        400,
        "limit: 应为 0 到 2147483647 之间的整数",
      ])
      expect(await refused(api.get("/store/products?offset=-1", shop.store))).toEqual([
        400,
        "offset: 应为 0 到 2147483647 之间的整数",
      ])
      expect(await refused(api.get("/store/products?order=", shop.store))).toEqual([
        400,
        "order: 应为字段名，如 created_at 或 -created_at",
      ])
      expect(await refused(api.get("/store/products/%00", shop.store))).toEqual([400, "path: 路径参数不能包含控制字符"])
      expect((await refused(api.get("/store/products/%C0%AF", shop.store)))[0]).toBe(400)
      await createEastJurisdictions(getContainer())
      const office = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      for (const filter of ["county=", "county=,,", "unit=513429,,513431"]) {
        expect(await refused(api.get(`/office/stats?${filter}`, office))).toEqual([
          400,
          expect.stringMatching(/^(county|unit): 不能有空值/),
        ])
      }
      const res = await api.get("/store/products", shop.store)
      expect(res.headers["x-content-type-options"]).toBe("nosniff")
      expect(res.headers["x-frame-options"]).toBe("DENY")
    })

    it("limits sign-in per account and the public certificate lookup per address, answering 429 with when to retry", async () => {
      const wrong = { email: "victim@example.com", password: "wrong-password-1" }
      await customerHeaders(api, shop.store, wrong.email) // one sign-in
      // the real limits, not the hundredfold the integration files run with (the backend runs in this process)
      process.env.RATE_LIMIT_FACTOR = "1"
      try {
        for (let i = 0; i < 19; i++)
          expect((await api.post("/auth/customer/emailpass", wrong).catch(failure)).status).toBe(401)
        const limited = await api
          .post("/auth/customer/emailpass", { ...wrong, password: "customer-password-1" })
          .catch(failure)
        expect(limited.status, "the 21st attempt in 15 minutes, right password or not").toBe(429)
        expect(limited.data.message).toMatch(/^登录尝试过于频繁，请稍后再试（\d+ 秒后）$/)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(
          (await api.post("/auth/customer/emailpass", { email: "other@example.com", password: "x" }).catch(failure))
            .status,
          "another account is not blocked"
        ).toBe(401)

        const lookups = await Promise.all(
          Array.from({ length: 61 }, () => api.get("/store/certificates/FP-NONE", shop.store).catch(failure))
        )
        expect(lookups.filter((r) => r.status === 404)).toHaveLength(60)
        expect(lookups.filter((r) => r.status === 429)).toHaveLength(1)
      } finally {
        process.env.RATE_LIMIT_FACTOR = "100"
      }
    })
  },
})
