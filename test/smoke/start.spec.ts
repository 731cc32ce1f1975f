import { execFile } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_OFFICES, DEMO_PASSWORD, DEMO_SHOPPERS, DEMO_SUPPLIER_LOGINS } from "@zhunong/seed/demo-marks"
import { DEMO_PRODUCTS } from "@zhunong/seed/demo-catalog"
import { YEAR_SUPPLIERS } from "@zhunong/seed/demo-year-catalog"
import { YEAR_OFFLINE_PURCHASES } from "@zhunong/seed/demo-year-plan"
import { ROOT } from "../../scripts/lib/build"
import { interrupt, launch as start, type Launch, publishableKey as keyOf, stack } from "../support/launch"

const SMOKE = stack("smoke", 9100, 8100, 54341)
const DATA_DIR = SMOKE.dataDir
const BACKEND = SMOKE.backend
const STOREFRONT = SMOKE.storefront
const launch = () => start(SMOKE)
const publishableKey = () => keyOf(SMOKE)

describe("npm start", () => {
  let first: Launch
  let shopSize = 0

  beforeAll(async () => {
    rmSync(DATA_DIR, { recursive: true, force: true })
    first = await launch()
    console.log(`first start (fresh data directory): ${first.seconds.toFixed(1)} s`)
  })

  afterAll(async () => {
    if (first.child.exitCode === null) await interrupt(first)
    rmSync(DATA_DIR, { recursive: true, force: true })
  })

  it("prints where everything is and the demo admin login", () => {
    expect(first.output()).toContain(`Storefront (职工商城)   ${STOREFRONT}`)
    expect(first.output()).toContain(`${BACKEND}/app`)
    expect(first.output()).toContain("admin@zhunong.local")
    expect(first.output()).toContain("Seeding demo data")
  })

  it("never writes its secrets to the console or the logs", () => {
    const secrets = JSON.parse(readFileSync(join(DATA_DIR, "secrets.json"), "utf8")) as Record<string, string>
    const logs = readdirSync(join(DATA_DIR, "logs")).map((name) => readFileSync(join(DATA_DIR, "logs", name), "utf8"))
    for (const [name, value] of Object.entries(secrets)) {
      expect(value.length, name).toBeGreaterThanOrEqual(32)
      for (const text of [first.output(), ...logs])
        expect(text.includes(value), `${name} in the output or a log`).toBe(false)
    }
  })

  it("serves /health and Medusa Admin at /app", async () => {
    expect((await fetch(`${BACKEND}/health`)).status).toBe(200)
    const admin = await fetch(`${BACKEND}/app`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<div id="medusa"')
  })

  it("serves the seeded products to the storefront's publishable key only", async () => {
    const withoutKey = await fetch(`${BACKEND}/store/products`)
    expect(withoutKey.status).toBe(400)

    const res = await fetch(`${BACKEND}/store/products?limit=500&fields=title`, {
      headers: { "x-publishable-api-key": await publishableKey() },
    })
    expect(res.status).toBe(200)
    const { products, count } = (await res.json()) as { products: { title: string }[]; count: number }
    const titles = products.map((p) => p.title)
    for (const product of DEMO_PRODUCTS) expect(titles).toContain(product.title)
    expect(titles).toContain("易武古树生茶") // a supplier's own listing
    expect(titles).toContain("金阳青花椒") // the demo year's suppliers list every paired county's specialties
    expect(titles).not.toContain("喜德荞麦挂面") // its supplier is suspended
    expect(count).toBeGreaterThanOrEqual(100)
    shopSize = count
  })

  it("seeds provenance: origins, pairings and a publicly verifiable certificate", async () => {
    const store = { headers: { "x-publishable-api-key": await publishableKey() } }
    const butuo = await fetch(`${BACKEND}/store/products?county_code=513429&fields=title,+division.name`, store)
    const fromButuo = (await butuo.json()) as { products: { title: string; division: { name: string } }[] }
    expect(fromButuo.products.map((p) => p.title)).toEqual(expect.arrayContaining(["布拖苦荞茶", "布拖乌洋芋"]))
    expect(new Set(fromButuo.products.map((p) => p.division.name))).toEqual(new Set(["布拖县"]))
    const lookup = await fetch(`${BACKEND}/store/certificates/FP-513429-2024-001`, store)
    const { certificates } = (await lookup.json()) as {
      certificates: { valid_today: boolean; county_path: string[] }[]
    }
    expect(certificates[0]).toMatchObject({ valid_today: true, county_path: ["四川省", "凉山彝族自治州", "布拖县"] })
  })

  it("seeds buying units whose demo shoppers, printed at start, can log in and see their unit", async () => {
    for (const shopper of DEMO_SHOPPERS) expect(first.output()).toContain(shopper.email)
    const officer = DEMO_SHOPPERS.find((s) => s.role === "采购员")!
    const login = await fetch(`${BACKEND}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: officer.email, password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const res = await fetch(`${BACKEND}/store/memberships`, {
      headers: { "x-publishable-api-key": await publishableKey(), authorization: `Bearer ${token}` },
    })
    const { memberships } = (await res.json()) as { memberships: unknown[] }
    expect(memberships).toEqual([
      expect.objectContaining({
        role: "procurement_officer",
        status: "active",
        unit: expect.objectContaining({ name: "上海市松江区机关事务管理局" }),
      }),
    ])
  })

  it("seeds suppliers who sign in to see their own listings", async () => {
    const approved = DEMO_SUPPLIER_LOGINS[0]
    expect(first.output()).toContain(approved.email)
    const login = await fetch(`${BACKEND}/auth/supplier/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: approved.email, password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const res = await fetch(`${BACKEND}/supplier/products`, { headers: { authorization: `Bearer ${token}` } })
    const { products } = (await res.json()) as { products: { title: string }[] }
    expect(products.map((p) => p.title)).toEqual(["布拖苦荞茶"])
  })

  it("seeds offices that see their jurisdiction's targets", async () => {
    const office = DEMO_OFFICES[0]
    expect(first.output()).toContain(office.email)
    const login = await fetch(`${BACKEND}/auth/office/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: office.email, password: DEMO_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const res = await fetch(`${BACKEND}/office/targets`, { headers: { authorization: `Bearer ${token}` } })
    const { targets } = (await res.json()) as { targets: { name: string; total?: { achieved_fen: number } }[] }
    expect(targets.map((t) => t.name)).toEqual(["松江区全年消费帮扶总额不低于1亿元"])
    // the year so far: 松江's off-platform purchases the office verified, and its units' counted sales on the platform
    const verified = YEAR_OFFLINE_PURCHASES.filter((p) => p.jurisdiction_code === office.jurisdiction_code)
      .filter((p) => p.decision === "verify")
      .reduce((sum, p) => sum + p.amount_fen, 0)
    const achieved = targets[0].total!.achieved_fen
    expect(achieved - verified, "counted platform sales on top of the verified purchases").toBeGreaterThan(0)
    expect(achieved - verified).toBeLessThan(verified / 10)
  })

  it("renders the shop with product names and CNY prices", async () => {
    const res = await fetch(STOREFRONT)
    expect(res.status).toBe(200)
    const html = await res.text()
    const titles = [...DEMO_PRODUCTS.map((p) => p.title), ...YEAR_SUPPLIERS.flatMap((s) => s.products.map(([t]) => t))]
    expect(
      titles.some((title) => html.includes(title)),
      "a seeded product on the home page"
    ).toBe(true)
    expect(html).toMatch(/¥\d+\.\d{2}/)
    expect(html).toContain("帮扶产品认定")
    // product pictures drawn by the seed, served by the backend from the data directory
    const picture = /src="(http:\/\/localhost:9100\/uploads\/[^"]+\.svg)"/.exec(html)
    expect(picture, "a product picture on the home page").not.toBeNull()
    const image = await fetch(picture![1])
    expect(image.status).toBe(200)
    expect(image.headers.get("content-type")).toContain("image/svg+xml")

    const verified = await fetch(`${STOREFRONT}/certificates/FP-513429-2024-001`)
    expect(await verified.text()).toContain("今日有效")
    const unknown = await fetch(`${STOREFRONT}/certificates/NOPE-1`)
    expect(await unknown.text()).toContain("未找到编号为“NOPE-1”的认定证书")
  })

  it("grows with npm run seed:scale: copied orders with their 台账 rows and more rows, verified and reconciled", async () => {
    const login = await fetch(`${BACKEND}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@zhunong.local", password: "zhunong-admin-2026" }),
    })
    const admin = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
    const read = async <T>(path: string, init: RequestInit = {}) => {
      const res = await fetch(`${BACKEND}${path}`, { ...init, headers: { ...admin, ...init.headers } })
      expect(res.status, path).toBe(200)
      return (await res.json()) as T
    }
    const orderCount = async () => (await read<{ count: number }>("/admin/orders?limit=1&fields=id")).count
    const verify = () => read<{ ok: boolean; checked: number }>("/admin/ledger/verify")
    const [orders, ledger] = [await orderCount(), await verify()]
    expect(ledger.ok).toBe(true)

    // run asynchronously: a synchronous spawn would stall this process's event loop for the whole run,
    // so the keep-alive sockets the server closes meanwhile would go unnoticed and the next fetch would
    // be written into one of them ("other side closed")
    const run = await new Promise<{ status: number; stdout: string; stderr: string }>((done) =>
      execFile(
        process.execPath,
        ["--import", "tsx", "scripts/seed-scale.ts", "--orders", "150", "--ledger", "1500"],
        {
          cwd: ROOT,
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
          env: {
            ...process.env,
            DATABASE_URL: "",
            DATA_DIR,
            PORT: String(SMOKE.port),
            STOREFRONT_PORT: String(SMOKE.storefrontPort),
            EMBEDDED_PG_PORT: String(SMOKE.pgPort),
          },
        },
        (error, stdout, stderr) =>
          done({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr })
      )
    )
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Orders \[#+\] 150\/150/)
    expect(run.stdout).toMatch(/Ledger rows \[#+\] 1,500\/1,500/)

    // the copies are Medusa orders the admin lists, their lines are in the 台账, and the chain still holds
    expect(await orderCount()).toBe(orders + 150)
    const after = await verify()
    expect(after.ok).toBe(true)
    expect(after.checked).toBeGreaterThan(ledger.checked + 1500 + 150)
    const reconciled = await read<{
      orders: number
      differences: unknown[]
      orphan_orders: unknown[]
      orders_without_parts: unknown[]
    }>("/admin/ledger/reconcile", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ repair: false }),
    })
    expect(reconciled).toMatchObject({
      orders: orders + 150,
      differences: [],
      orphan_orders: [],
      orders_without_parts: [],
    })
  }, 300_000)

  it("stops everything, database included, on Ctrl-C and starts again on the same data", async () => {
    expect(await interrupt(first)).toBe(0)
    expect(existsSync(join(DATA_DIR, "postgres/postmaster.pid"))).toBe(false)
    expect(await fetch(`${BACKEND}/health`).catch(() => null)).toBeNull()

    const second = await launch()
    console.log(`second start (same data): ${second.seconds.toFixed(1)} s`)
    try {
      expect(second.output()).not.toMatch(/Building|Migrating|Seeding/)
      const res = await fetch(`${BACKEND}/store/products?limit=1&fields=id`, {
        headers: { "x-publishable-api-key": await publishableKey() },
      })
      expect(((await res.json()) as { count: number }).count).toBe(shopSize)
    } finally {
      expect(await interrupt(second)).toBe(0)
    }
  })
})
