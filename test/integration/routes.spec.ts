import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fc from "fast-check"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import * as provenanceAdmin from "@zhunong/provenance/validators/admin"
import * as provenanceStore from "@zhunong/provenance/validators/store"
import * as attribution from "@zhunong/attribution/validators"
import * as marketplace from "@zhunong/marketplace/validators"
import * as stats from "@zhunong/assistance-stats/validators"
import { adminHeaders } from "../support/admin"
import { cixiUnit, createEastJurisdictions, uscc } from "../support/attribution"
import { cartReady, customerHeaders, payAndComplete, shoppableStore } from "../support/checkout"
import { failure } from "../support/http"
import { approvedSupplier, certifyProduct, listProduct } from "../support/marketplace"
import { officeHeaders } from "../support/offices"
import { createLiangshanDivisions } from "../support/provenance"

const ROOT = resolve(__dirname, "../..")
type Headers = { headers: Record<string, string> }
type Method = "GET" | "POST" | "DELETE"

/** Every custom route, read from the route files themselves: `/store/units/[id]` and the methods it exports. */
function customRoutes(): { path: string; methods: Method[] }[] {
  const apiDirs = [
    join(ROOT, "backend/src/api"),
    ...readdirSync(join(ROOT, "plugins")).map((p) => join(ROOT, "plugins", p, "src/api")),
  ]
  const routes: { path: string; methods: Method[] }[] = []
  const walk = (dir: string, api: string) => {
    for (const entry of readdirSync(dir)) {
      const at = join(dir, entry)
      if (statSync(at).isDirectory()) walk(at, api)
      else if (entry === "route.ts") {
        const methods = [
          ...readFileSync(at, "utf8").matchAll(/export (?:async )?(?:function|const) (GET|POST|DELETE)\b/g),
        ].map((m) => m[1] as Method)
        routes.push({ path: `/${relative(api, dir)}`, methods })
      }
    }
  }
  for (const api of apiDirs) {
    try {
      walk(api, api)
    } catch {
      // a plugin without routes
    }
  }
  return routes
}

/** Medusa routes the shop and portals call, fuzzed beside ours. */
const MEDUSA_ROUTES: { path: string; methods: Method[] }[] = [
  { path: "/store/products", methods: ["GET"] },
  { path: "/store/products/[id]", methods: ["GET"] },
  { path: "/store/product-categories", methods: ["GET"] },
  { path: "/store/search", methods: ["POST"] },
  { path: "/store/regions", methods: ["GET"] },
  { path: "/store/carts", methods: ["POST"] },
  { path: "/store/carts/[id]", methods: ["GET", "POST"] },
  { path: "/store/carts/[id]/line-items", methods: ["POST"] },
  { path: "/store/carts/[id]/shipping-methods", methods: ["POST"] },
  { path: "/store/carts/[id]/complete", methods: ["POST"] },
  { path: "/store/payment-collections", methods: ["POST"] },
  { path: "/store/shipping-options", methods: ["GET"] },
  { path: "/store/customers", methods: ["POST"] },
  { path: "/store/customers/me", methods: ["GET", "POST"] },
  { path: "/store/customers/me/addresses", methods: ["GET", "POST"] },
  { path: "/store/orders", methods: ["GET"] },
  { path: "/store/orders/[id]", methods: ["GET"] },
  { path: "/auth/customer/emailpass", methods: ["POST"] },
  { path: "/auth/customer/emailpass/register", methods: ["POST"] },
  { path: "/auth/supplier/emailpass", methods: ["POST"] },
  { path: "/auth/office/emailpass", methods: ["POST"] },
]

/** Field names of every schema our routes validate with: the fuzz puts hostile values under them. */
function fieldVocabulary(): string[] {
  const names = new Set<string>()
  const visit = (schema: unknown, depth: number) => {
    if (!schema || typeof schema !== "object" || depth > 4) return
    const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def
    if (!def) return
    const shape = def.shape as Record<string, unknown> | undefined
    if (shape)
      for (const [key, value] of Object.entries(shape)) {
        names.add(key)
        visit(value, depth + 1)
      }
    for (const inner of ["in", "out", "innerType", "element", "schema"]) visit(def[inner], depth + 1)
  }
  for (const module of [provenanceAdmin, provenanceStore, attribution, marketplace, stats])
    for (const value of Object.values(module)) visit(value, 0)
  return [...names].sort()
}

/** Values that broke routes before or that no route should choke on. */
const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "__proto__",
    "constructor",
    "%00",
    "../../etc/passwd",
    "'; drop table order; --",
    "١٢٣",
    "💥",
    "null",
    "-1",
    "2099-13-45",
    "9".repeat(40)
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 })
)
const hostileNumber = fc.constantFrom(-1, 0, -0, 1.5, 1e308, -1e308, 2 ** 53 + 1, 2 ** 31, Number.MIN_VALUE)
const hostileLeaf = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null))
const hostileValue = fc.oneof(
  { weight: 4, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom("id", "title", "quantity", "__proto__", "amount_fen"), hostileLeaf, {
      maxKeys: 3,
    }),
  }
)
const hostileId = fc.constantFrom(
  "",
  " ",
  "%00",
  "%C0%AF",
  "__proto__",
  "nope",
  "x".repeat(3_000),
  "..%2F..%2Fpackage.json",
  "1 or 1=1"
)

/** A 400 names what is wrong: our `field: reason`, or Medusa's validation naming the field. */
const namesField = (message: string) =>
  /^[A-Za-z_][\w.]*(, [\w.]+)*[:：] /.test(message) ||
  /^Invalid request: (Field '|Expected type: .* for field '|Expected: .* for field '|Value for field '|Unrecognized fields: ')/.test(
    message
  ) ||
  /^(Order field|Trying to query by not existing property|Provided value of "\w+")/.test(message)

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    /**
     * One of everything a route can be asked about, owned by someone: unit U with its admin, a member and a
     * procurement officer, another unit's admin; suppliers A and B each with a product; an order of A's
     * product by U's member; offices over 宁波 (U's) and 松江; a certificate, A's private evidence filed with
     * another, an off-platform entry, an invite, an export job, a finding of X's checks, a target of X's,
     * the order's 台账 row, both offices' 预留份额 calls, a declaration of a school U supervises, X's 通报.
     */
    async function world() {
      const container = getContainer()
      const admin = await adminHeaders(container, api)
      await createLiangshanDivisions(container)
      await createEastJurisdictions(container)
      await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).createPairings([
        {
          jurisdiction_code: "330200",
          division_code: "513400",
          pairing_type: "east_west",
          label: "东西部协作",
          valid_from: "2021-04-01",
        },
      ])
      const shop = await shoppableStore(container, [])
      const supplierWithProduct = async (n: number) => {
        const { supplier, supplierId } = await approvedSupplier(api, admin, `owner${n}@coop.example`, n)
        const product = await listProduct(api, supplier, `苦荞茶${n}`)
        const me = (await api.get("/supplier/me", supplier)).data
        return { headers: supplier, id: supplierId, ...product, userId: me.me.id as string }
      }
      const [supplierA, supplierB] = [await supplierWithProduct(1), await supplierWithProduct(2)]
      const certificate = await certifyProduct(api, admin, supplierA.headers, supplierA.productId)
      // a private evidence file of A's, filed with a certificate on the product U's member buys
      const evidence = (
        await api.post(
          "/supplier/uploads",
          {
            purpose: "evidence",
            files: [{ filename: "认定书.pdf", mime_type: "application/pdf", content_base64: "JVBERi0=" }],
          },
          supplierA.headers
        )
      ).data.files[0] as { id: string; url: string }
      await api.post(
        `/supplier/products/${supplierA.productId}/certificates`,
        {
          type: "organic",
          number: "OC-MATRIX",
          issuer: "有机产品认证机构",
          issuer_level: "national",
          valid_from: "2024-01-01",
          valid_to: "2099-12-31",
          evidence: [evidence],
        },
        supplierA.headers
      )
      const unit = { id: await cixiUnit(api, admin, 1, "慈溪市商务局") }
      const other = { id: await cixiUnit(api, admin, 2, "慈溪市教育局") }
      const person = async (email: string, unitId: string, role: string) => {
        const headers = await customerHeaders(api, shop.store, email)
        const { data } = await api.post(`/admin/units/${unitId}/members`, { email, role }, admin)
        return { headers, membershipId: data.membership.id as string }
      }
      const unitAdmin = await person("admin@cixi.example", unit.id, "unit_admin")
      const member = await person("member@cixi.example", unit.id, "member")
      const officer = await person("officer@cixi.example", unit.id, "procurement_officer")
      const otherAdmin = await person("admin@edu.cixi.example", other.id, "unit_admin")
      const customer = { headers: await customerHeaders(api, shop.store, "nobody@example.com") }

      const orderId = (
        await payAndComplete(api, member.headers, await cartReady(api, shop, member.headers, [supplierA.variantId]))
      ).data.order.id as string
      // the order's supplier parts are written by the order.placed subscriber, just after the checkout answers
      let part: { id: string } | undefined
      for (let i = 0; i < 50 && !part; i++, await sleep(100)) {
        part = (await api.get("/supplier/orders", supplierA.headers)).data.orders.find(
          (o: { order_id: string }) => o.order_id === orderId
        )
      }
      if (!part) throw new Error("the order's supplier part was never written")
      const partId = part.id
      const cartId = await cartReady(api, shop, member.headers, [supplierA.variantId])
      // a canteen order on invoice with one remittance and its voucher, for the payment routes
      const invoiceCart = await cartReady(api, shop, officer.headers, [supplierA.variantId])
      await api.post(
        `/store/carts/${invoiceCart}/purchase-intent`,
        { unit_id: unit.id, channel: "canteen", funding: "budget" },
        officer.headers
      )
      const invoiceOrderId = (await payAndComplete(api, officer.headers, invoiceCart)).data.order.id as string
      let remittanceId: string | undefined
      for (let i = 0; i < 50 && !remittanceId; i++, await sleep(100)) {
        const recorded = await api
          .post(
            `/admin/orders/${invoiceOrderId}/bank-transfer/remittances`,
            {
              amount_fen: 100,
              payer_account_name: "慈溪市商务局",
              bank_reference: "MATRIX-0001",
              remitted_on: "2026-01-05",
              voucher: { filename: "回单.pdf", mime_type: "application/pdf", content_base64: "JVBERi0xLjQK" },
            },
            admin
          )
          .catch(failure)
        remittanceId = recorded.data.remittance?.id
      }
      if (!remittanceId) throw new Error("the invoice order's transfer was never opened")
      const invite = (await api.post(`/store/units/${unit.id}/invites`, {}, unitAdmin.headers)).data.invite
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())
      const offline = (
        await api.post(
          `/store/units/${unit.id}/offline-purchases`,
          {
            supplier_name: "布拖县乐安苦荞专业合作社",
            description: "展销会",
            county_code: "513429",
            amount_fen: 10_000,
            purchase_date: today,
            purchase_type: "direct",
            channel: "canteen",
            funding: "budget",
            invoice_numbers: ["77000001"],
          },
          officer.headers
        )
      ).data.offline_purchase
      // a finding for office X's checks: one canteen purchase the unit and its neighbour both count
      const canteenEntry = (invoice: string) => ({
        supplier_name: "布拖县某合作社",
        description: "食堂大米",
        county_code: "513429",
        amount_fen: 20_000,
        purchase_date: today,
        purchase_type: "direct",
        channel: "canteen",
        funding: "budget",
        invoice_numbers: [invoice],
      })
      await api.post(`/store/units/${unit.id}/offline-purchases`, canteenEntry("77000002"), officer.headers)
      await api.post(`/store/units/${other.id}/offline-purchases`, canteenEntry("77000003"), otherAdmin.headers)
      const officeX = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const officeY = await officeHeaders(api, admin, "hezuo@songjiang.example", "松江区合作交流办", "310117")
      const job = (await api.post("/office/export-jobs", { report: "ledger", format: "csv" }, officeX)).data.export_job
      const [finding] = (await api.get("/office/checks", officeX)).data.findings as { key: string }[]
      if (!finding) throw new Error("the planted double count was not found")
      const target = (
        await api.post(
          "/office/targets",
          {
            name: "宁波市全年消费帮扶",
            year: Number(today.slice(0, 4)),
            jurisdiction_code: "330200",
            scope: "jurisdiction",
            metric: "amount",
            threshold_fen: 100_000_000,
          },
          officeX
        )
      ).data.target as { id: string }
      // 预留份额: each office's call; a school under U declares, for U's admin to review and X to confirm; a kept 通报
      const year = Number(today.slice(0, 4))
      for (const office of [officeX, officeY])
        await api.post("/office/reserved-share", { year, deadline: `${year}-12-31` }, office)
      const school = (
        await api.post(
          "/admin/units",
          {
            name: "慈溪中学",
            uscc: uscc(5, "330282", "12"),
            type: "school",
            jurisdiction_code: "330282",
            parent_id: unit.id,
          },
          admin
        )
      ).data.unit.id as string
      const schoolAdmin = await person("admin@school.cixi.example", school, "unit_admin")
      const declaration = (
        await api.post(
          `/store/units/${school}/reserved-share`,
          { kind: "no_canteen" },
          { headers: { ...shop.store.headers, ...schoolAdmin.headers.headers } }
        )
      ).data.declaration as { id: string }
      const bulletin = (await api.post("/office/reserved-share/bulletins", { year, title: "第一期" }, officeX)).data
        .bulletin as { id: string }
      let row: { id: string } | undefined
      for (let i = 0; i < 50 && !row; i++, await sleep(100))
        [row] = (await api.get(`/admin/ledger?order_id=${orderId}`, admin)).data.entries as { id: string }[]
      if (!row) throw new Error("the order's 台账 row was never written")
      const rowId = row.id

      return {
        shop,
        unitId: unit.id as string,
        actors: {
          anonymous: { headers: {} } as Headers,
          shopper: { headers: shop.store.headers } as Headers,
          customer: customer.headers,
          member: member.headers,
          unitAdmin: unitAdmin.headers,
          officer: officer.headers,
          otherUnitAdmin: otherAdmin.headers,
          supplierA: supplierA.headers,
          supplierB: supplierB.headers,
          officeX,
          officeY,
          admin,
        },
        /** What each path parameter stands for, owned by U's people, supplier A and office X. */
        params: (path: string, name: string): string => {
          if (name === "part_id") return partId
          if (name === "variant_id") return supplierA.variantId
          if (name === "membership_id") return member.membershipId
          if (name === "invite_id") return invite.id
          if (name === "number") return certificate.number
          if (name === "code") return "513429"
          if (name === "declaration_id" || path.startsWith("/office/share-declarations")) return declaration.id
          if (path.startsWith("/office/reserved-share/bulletins")) return bulletin.id
          if (name === "name") return "missing.png"
          if (path.includes("files/[id]")) return evidence.id
          if (path.startsWith("/store/units") || path.startsWith("/admin/units")) return unit.id
          if (path.startsWith("/store/carts")) return cartId
          if (path.startsWith("/store/orders") || path.startsWith("/admin/orders")) return orderId
          if (path.startsWith("/supplier/orders")) return partId
          if (path.startsWith("/supplier/users")) return supplierA.userId
          if (
            path.startsWith("/supplier/products") ||
            path.startsWith("/admin/products") ||
            path.startsWith("/store/products")
          )
            return supplierA.productId
          if (path.startsWith("/admin/suppliers")) return supplierA.id
          if (path.startsWith("/admin/certificates")) return certificate.id
          if (path.startsWith("/office/export-jobs")) return job.id
          if (path.startsWith("/office/offline-purchases")) return offline.id
          if (path.startsWith("/office/checks")) return finding.key
          if (path.startsWith("/office/targets")) return target.id
          if (path.startsWith("/office/ledger")) return rowId
          if (path.startsWith("/admin/remittances")) return remittanceId!
          throw new Error(`no value for [${name}] in ${path}`)
        },
      }
    }
    type World = Awaited<ReturnType<typeof world>>
    type Actor = keyof World["actors"]

    /** Headers of an actor on a path: store routes also carry the publishable key. */
    const headersFor = (w: World, actor: Actor, path: string): Headers =>
      path.startsWith("/store") ? { headers: { ...w.shop.store.headers, ...w.actors[actor].headers } } : w.actors[actor]
    const fill = (w: World, path: string, id?: (name: string) => string) =>
      path.replace(/\[(\w+)\]/g, (_, name: string) => id?.(name) ?? encodeURIComponent(w.params(path, name)))
    const send = async (method: Method, url: string, headers: Headers, body?: unknown) => {
      const res = await (
        method === "GET"
          ? api.get(url, headers)
          : method === "DELETE"
            ? api.delete(url, headers)
            : api.post(url, body ?? {}, headers)
      ).catch(failure)
      return {
        status: res.status as number,
        message: String((res.data as { message?: unknown } | undefined)?.message ?? ""),
      }
    }

    it("answers hostile input on every custom route and the Medusa routes the shop uses with a 4xx naming the field, never a 5xx", async () => {
      const w = await world()
      const vocabulary = fieldVocabulary()
      expect(vocabulary.length).toBeGreaterThan(50)
      const routes = [...customRoutes(), ...MEDUSA_ROUTES]
      expect(routes.length).toBeGreaterThan(90)
      const owner = (path: string): Actor =>
        path.startsWith("/admin")
          ? "admin"
          : path.startsWith("/office")
            ? "officeX"
            : path.startsWith("/supplier")
              ? "supplierA"
              : path.startsWith("/auth") || path.startsWith("/uploads")
                ? "anonymous"
                : path.startsWith("/store/units") || path.startsWith("/store/memberships")
                  ? "unitAdmin"
                  : "member"
      const body = fc.dictionary(
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...vocabulary) },
          { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "x") }
        ),
        hostileValue,
        { maxKeys: 5 }
      )
      const query = fc.dictionary(
        fc.constantFrom(...vocabulary, "limit", "offset", "order", "fields", "q"),
        fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })),
        { maxKeys: 4 }
      )
      const problems: string[] = []
      let requests = 0
      for (const route of routes) {
        for (const method of route.methods) {
          await fc.assert(
            fc.asyncProperty(body, query, fc.option(hostileId, { freq: 3 }), async (payload, params, badId) => {
              const search = new URLSearchParams()
              for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v)
              const path = fill(w, route.path, badId === null ? undefined : () => badId)
              const url = method === "POST" ? path : `${path}?${search}`
              const answer = await send(method, url, headersFor(w, owner(route.path), route.path), payload)
              requests++
              if (answer.status >= 500)
                problems.push(
                  `${method} ${url.slice(0, 200)} ${JSON.stringify(payload).slice(0, 300)} → ${answer.status} ${answer.message}`
                )
              else if (answer.status === 400 && !namesField(answer.message))
                problems.push(`${method} ${url.slice(0, 200)} → 400 without a field: ${answer.message}`)
              return true
            }),
            { numRuns: 8, seed: 2026 }
          )
        }
      }
      expect(problems).toEqual([])
      expect(requests).toBeGreaterThan(700)
    })

    it("lets each actor reach only its own routes and things (the authorization matrix)", async () => {
      const w = await world()
      const routes = customRoutes()
      /**
       * Who may use a route on the things in `w.params` (U's, supplier A's, office X's): `allow` means
       * the request gets past authentication and ownership (any status but 401, 403 and 404, and no 5xx);
       * everyone else gets 401 (not signed in as the route's actor type) or 403/404 (not theirs).
       */
      const UNIT_ROLES: Record<string, Actor[]> = {
        "GET /store/units/[id]": ["member", "unitAdmin", "officer"],
        "GET /store/units/[id]/targets": ["member", "unitAdmin", "officer"],
        "GET /store/units/[id]/members": ["unitAdmin"],
        "POST /store/units/[id]/members/[membership_id]": ["unitAdmin"],
        "GET /store/units/[id]/invites": ["unitAdmin"],
        "POST /store/units/[id]/invites": ["unitAdmin"],
        "POST /store/units/[id]/invites/[invite_id]/revoke": ["unitAdmin"],
        "GET /store/units/[id]/orders": ["unitAdmin", "officer"],
        "GET /store/units/[id]/union-welfare": ["unitAdmin"],
        "GET /store/units/[id]/offline-purchases": ["unitAdmin", "officer"],
        "GET /store/units/[id]/reserved-share": ["member", "unitAdmin", "officer"],
        "POST /store/units/[id]/reserved-share": ["unitAdmin"],
        "GET /store/units/[id]/subordinate-declarations": ["unitAdmin"],
        "POST /store/units/[id]/subordinate-declarations/[declaration_id]/review": ["unitAdmin"],
        "POST /store/units/[id]/offline-purchases": ["unitAdmin", "officer"],
      }
      const customers: Actor[] = ["customer", "member", "unitAdmin", "officer", "otherUnitAdmin"]
      const allowed = (method: Method, path: string): Actor[] => {
        const key = `${method} ${path}`
        if (UNIT_ROLES[key]) return UNIT_ROLES[key]
        if (path.startsWith("/admin")) return ["admin"]
        if (path.startsWith("/office")) return /\[(id|key)\]/.test(path) ? ["officeX"] : ["officeX", "officeY"]
        if (path === "/supplier/registration" || path === "/supplier/users/claim") return []
        if (path.startsWith("/supplier")) return path.includes("[id]") ? ["supplierA"] : ["supplierA", "supplierB"]
        if (path.startsWith("/store/orders/[id]")) return ["member"]
        if (path.startsWith("/store/carts/[id]")) return ["member"]
        if (path.startsWith("/store/memberships")) return customers
        if (path.startsWith("/store/certificates") || path.startsWith("/store/origin-counties"))
          return ["anonymous", "shopper", ...customers, "supplierA", "supplierB", "officeX", "officeY", "admin"]
        if (path.startsWith("/uploads")) return []
        // Alipay's notification route answers only where Alipay is configured, which this world is not: 404 to all
        if (path === "/hooks/alipay") return []
        throw new Error(`no rule for ${key}: add one`)
      }
      /**
       * Bodies that pass validation, for routes that validate before they look at ownership: with an empty
       * body everyone would get the same 400, which says nothing about who may act. None takes anything
       * away from the actors later cells need (no member removed, no invite of theirs revoked).
       */
      const BODIES: Record<string, unknown> = {
        "POST /office/offline-purchases/[id]/decision": { action: "reject", reason: "授权矩阵测试" },
        "POST /office/checks/[key]/decisions": { decision: "confirmed", note: "授权矩阵测试" },
        "POST /office/reserved-share": { year: new Date().getFullYear(), deadline: "2099-12-31" },
        "POST /office/reserved-share/reminders": { year: new Date().getFullYear() },
        "POST /office/reserved-share/bulletins": { year: new Date().getFullYear(), title: "授权矩阵" },
        "POST /office/share-declarations/[id]/decision": { action: "return", reason: "授权矩阵测试" },
        "POST /store/units/[id]/reserved-share": { kind: "no_canteen" },
        "POST /store/units/[id]/subordinate-declarations/[declaration_id]/review": { action: "approve" },
        "POST /office/targets/[id]": { name: "宁波市全年消费帮扶（授权矩阵）" },
        "POST /store/orders/[id]/parts/[part_id]/rating": { rating: 5 },
        "POST /store/carts/[id]/purchase-intent": { unit_id: w.unitId, channel: "personal", funding: "personal" },
        "POST /supplier/orders/[id]/invoice": { invoice_number: "99000001" },
        "POST /supplier/orders/[id]/shipment": { carrier: "sf", tracking_number: "SF0000000001" },
        "POST /supplier/products/[id]/certificates": {
          type: "green_food",
          number: "LB-MATRIX",
          issuer: "省绿办",
          issuer_level: "province",
          valid_from: "2024-01-01",
          valid_to: "2099-12-31",
        },
        "POST /supplier/products/[id]/variants/[variant_id]": { price_fen: 6_990 },
        "POST /supplier/notifications/read": { all: true },
        "POST /store/units/[id]/members/[membership_id]": { action: "set_role", role: "member" },
      }
      /** Registering a supplier, or claiming a seat, needs a login that belongs to no supplier yet: every token here is refused. */
      const FRESH_LOGIN_ONLY = new Set(["POST /supplier/registration", "POST /supplier/users/claim"])
      const everyone = Object.keys(w.actors) as Actor[]
      const wrong: string[] = []
      let cells = 0
      for (const route of routes) {
        for (const method of route.methods) {
          const mayUse = allowed(method, route.path)
          for (const actor of everyone) {
            // the shop's routes all need the publishable key; those taking a customer refuse other actor types as anonymous
            const key = `${method} ${route.path}`
            const answer = await send(method, fill(w, route.path), headersFor(w, actor, route.path), BODIES[key] ?? {})
            cells++
            const denied =
              [401, 403, 404].includes(answer.status) || (FRESH_LOGIN_ONLY.has(key) && answer.status >= 400)
            if (answer.status >= 500)
              wrong.push(`${actor} ${method} ${route.path} → ${answer.status} ${answer.message}`)
            else if (
              mayUse.includes(actor) === denied &&
              !(route.path.startsWith("/uploads") && answer.status === 404)
            ) {
              wrong.push(
                `${actor} ${method} ${route.path} → ${answer.status} (expected ${mayUse.includes(actor) ? "allowed" : "refused"}) ${answer.message}`
              )
            }
          }
        }
      }
      expect(wrong).toEqual([])
      expect(cells).toBeGreaterThan(900)
    })
  },
})
