import { readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { DEMO_PASSWORD, DEMO_SHOPPERS } from "@zhunong/seed/demo-marks"
import { DEMO_SUPPLIERS } from "@zhunong/seed/demo-suppliers"
import { screenshot } from "../support/browser"
import { browserAgainst } from "../support/e2e"
import { addToCart, fillAddress, signIn } from "../support/shop-pages"
import { stack } from "../support/launch"
import { startStripeApi } from "../support/stripe-api"
import { routeStripe } from "../support/stripe-js"

/**
 * The employee shop in a real browser against `npm start`'s own stack and demo data: a new
 * employee joins 松江区机关事务管理局 by its invite code, buys from two suppliers for themself,
 * follows the order to 验收 and 评价; a procurement officer places a canteen order; an employee pays
 * by card in Stripe's Payment Element (Stripe's API and Stripe.js answered by the test's stand-ins).
 */
const E2E = stack("e2e", 9200, 8200, 54342)
const stripeApi = startStripeApi(9290)
const UNIT = "上海市松江区机关事务管理局"
const shopper = (role: string) => DEMO_SHOPPERS.find((s) => s.role === role)!.email

const { newPage } = browserAgainst(E2E, {
  SEED_DEMO_YEAR: "false",
  STRIPE_API_KEY: "sk_test_zhunonge2e",
  STRIPE_WEBHOOK_SECRET: "whsec_zhunonge2e",
  STRIPE_PUBLISHABLE_KEY: "pk_test_zhunonge2e",
  STRIPE_API_BASE: stripeApi.url,
})
afterAll(() => stripeApi.close())

/** The demo operator's headers for Medusa's admin API, as Medusa Admin sends them. */
async function adminHeaders() {
  const login = await fetch(`${E2E.backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@zhunong.local", password: "zhunong-admin-2026" }),
  })
  return {
    authorization: `Bearer ${((await login.json()) as { token: string }).token}`,
    "content-type": "application/json",
  }
}

/** The operator enables card payment (Stripe) for the shop's region, as in Medusa Admin → Settings → Regions. */
async function enableStripe() {
  const headers = await adminHeaders()
  const { regions } = (await (
    await fetch(`${E2E.backend}/admin/regions?fields=id,*payment_providers`, { headers })
  ).json()) as {
    regions: { id: string; payment_providers: { id: string }[] }[]
  }
  const [region] = regions
  const updated = await fetch(`${E2E.backend}/admin/regions/${region.id}`, {
    method: "POST",
    headers,
    body: JSON.stringify({ payment_providers: [...region.payment_providers.map((p) => p.id), "pp_stripe_stripe"] }),
  })
  expect(updated.status).toBe(200)
}

/** The supplier ships its part of the order, as it would in its portal (API under /supplier). */
async function shipAs(supplierEmail: string, orderId: string, tracking: string) {
  const login = await fetch(`${E2E.backend}/auth/supplier/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: supplierEmail, password: DEMO_PASSWORD }),
  })
  const headers = {
    authorization: `Bearer ${((await login.json()) as { token: string }).token}`,
    "content-type": "application/json",
  }
  const { orders } = (await (
    await fetch(`${E2E.backend}/supplier/orders?status=to_ship&limit=100`, { headers })
  ).json()) as {
    orders: { id: string; order_id: string }[]
  }
  const part = orders.find((o) => o.order_id === orderId)
  expect(part, `${supplierEmail} has a part of ${orderId}`).toBeDefined()
  const shipped = await fetch(`${E2E.backend}/supplier/orders/${part!.id}/shipment`, {
    method: "POST",
    headers,
    body: JSON.stringify({ carrier: "sf", tracking_number: tracking }),
  })
  expect(shipped.status).toBe(200)
}

describe("the employee shop in a browser", () => {
  it("a new employee signs up, joins the unit by code, buys from two suppliers, sees the attribution, accepts and rates", async () => {
    const page = await newPage()
    await page.goto("/")
    await page.getByRole("heading", { name: "买帮扶好物，助乡村振兴" }).waitFor()
    expect(await page.locator("main img").count()).toBeGreaterThan(0)
    await screenshot(page, "01-home")

    // sign up
    const email = `e2e-${Date.now()}@example.com`
    await page.getByRole("link", { name: "登录 / 注册" }).click()
    const signUp = page.locator("form", { has: page.getByRole("heading", { name: "注册" }) })
    await signUp.getByLabel("邮箱").fill(email)
    await signUp.getByLabel("设置密码（至少8位）").fill("short")
    await signUp.getByLabel("姓").fill("王")
    await signUp.getByLabel("名", { exact: true }).fill("小明")
    await signUp.getByRole("button", { name: "注册" }).click()
    await expect.poll(() => signUp.getByText("密码至少8位").isVisible()).toBe(true)
    await signUp.getByLabel("设置密码（至少8位）").fill("xiaoming-2026")
    await signUp.getByRole("button", { name: "注册" }).click()
    await page.getByRole("heading", { name: "你好，王小明" }).waitFor()

    // join by code: a wrong code is refused next to the field, the right one waits for approval
    const join = page.locator("form", { has: page.getByRole("heading", { name: "加入单位" }) })
    await join.getByLabel("邀请码").fill("NOPE2026")
    await join.getByRole("button", { name: "加入" }).click()
    await join.getByText("邀请码不存在，请核对后重试").waitFor()
    await join.getByLabel("邀请码").fill("sjjg2026")
    await join.getByRole("button", { name: "加入" }).click()
    await join.getByText("已提交加入申请，等待单位管理员审批").waitFor()
    await page.reload()
    await expect.poll(() => page.locator(".memberships").textContent()).toContain("待审批")

    // the unit admin approves on the unit page
    const admin = await newPage()
    await signIn(admin, shopper("单位管理员"))
    await admin.getByRole("link", { name: "单位主页" }).click()
    await admin.getByRole("heading", { level: 1, name: UNIT }).waitFor()
    const row = admin.getByRole("row", { name: new RegExp(email) })
    await row.getByRole("button", { name: "批准" }).click()
    await expect.poll(() => row.textContent()).toContain("已加入")
    await screenshot(admin, "02-unit-admin")

    await page.reload()
    await expect.poll(() => page.locator(".memberships").textContent()).toContain("已加入")
    await screenshot(page, "03-account")

    // browse by county and add two suppliers' products
    await addToCart(page, "布拖县", "布拖苦荞茶")
    expect(await page.locator(".provenance").textContent()).toContain("四川省 › 凉山彝族自治州 › 布拖县")
    await screenshot(page, "04-product")
    await addToCart(page, "勐海县", "勐海普洱熟茶饼")
    await page.getByRole("link", { name: "购物车（2）" }).click()
    // the product page has its own 去结算 link: wait for the cart before following the cart's
    await page.getByRole("heading", { level: 1, name: "购物车" }).waitFor()
    await screenshot(page, "05-cart")
    await page.getByRole("link", { name: "去结算" }).click()

    // checkout: a bad phone number is refused next to its field, then a personal purchase credited to the unit
    await page.getByRole("heading", { level: 1, name: "结算" }).waitFor()
    await fillAddress(page, "12345")
    const intent = page.getByLabel("这笔订单为谁、用什么钱买")
    expect(await intent.locator("option").allTextContents()).toEqual([`${UNIT} · 个人消费 · 个人`])
    await page.getByRole("button", { name: "提交订单" }).click()
    await page.locator("#address-phone-error").getByText("请输入11位手机号").waitFor()
    await page.getByLabel("手机号").fill("13800001234")
    await screenshot(page, "06-checkout")
    await page.getByRole("button", { name: "提交订单" }).click()
    await page.getByText("下单成功！").waitFor()
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const attribution = page.locator(".attribution")
    await expect.poll(() => attribution.textContent()).toContain(UNIT)
    expect(await attribution.textContent()).toContain("个人消费")
    // split among its suppliers by the backend a moment after it is placed; the page follows
    await expect.poll(() => page.getByTestId("order-part").count()).toBe(2)
    await screenshot(page, "07-order-placed")

    // both suppliers ship; the buyer accepts (验收) and rates (评价) each part
    const butuo = DEMO_SUPPLIERS.find((s) => s.sells === "butuo-tartary-buckwheat-tea")!
    const menghai = DEMO_SUPPLIERS.find((s) => s.sells === "menghai-puer-tea")!
    await shipAs(butuo.email, orderId, "SF1000000001")
    await shipAs(menghai.email, orderId, "SF1000000002")
    await page.reload()
    for (const supplier of [butuo.name, menghai.name]) {
      const part = page.getByTestId("order-part").filter({ has: page.getByRole("heading", { name: supplier }) })
      await part.getByText(/已发货：顺丰速运 SF100000000\d/).waitFor()
      await part.getByRole("button", { name: "确认收货并验收" }).click()
      await part.getByRole("button", { name: "提交评价" }).waitFor()
      await part.getByLabel("评价内容（选填，500字以内）").fill("包装结实，味道正宗")
      await part.getByRole("button", { name: "提交评价" }).click()
      await part.getByText("你的评价：5星 包装结实，味道正宗").waitFor()
    }
    await screenshot(page, "08-order-completed")

    await page.goto("/account/orders")
    expect(await page.locator("tbody").textContent()).toContain(UNIT)
  })

  it("a procurement officer places a canteen order paid from the budget", async () => {
    const page = await newPage()
    await signIn(page, shopper("采购员"))
    await addToCart(page, "盐源县", "盐源高原大米")
    await page.goto("/checkout")
    await fillAddress(page, "13800005678")
    const intent = page.getByLabel("这笔订单为谁、用什么钱买")
    const choices = await intent.locator("option").allTextContents()
    expect(choices).toContain(`${UNIT} · 食堂采购 · 财政预算`)
    expect(choices.some((c) => c.includes("节日慰问"))).toBe(false) // the budget never pays gifts
    await intent.selectOption({ label: `${UNIT} · 食堂采购 · 财政预算` })
    await page.getByRole("button", { name: "提交订单" }).click()
    await page.getByText("下单成功！").waitFor()
    const attribution = await page.locator(".attribution").textContent()
    expect(attribution).toContain("食堂采购")
    expect(attribution).toContain("财政预算")
    expect(attribution).toContain("采购员")
    await screenshot(page, "09-canteen-order")
  })

  it("an employee pays by card in Stripe's Payment Element: a declined card places nothing, a good one the order", async () => {
    await enableStripe()
    const page = await newPage()
    await routeStripe(page.context(), stripeApi)
    await signIn(page, shopper("职工"))
    await addToCart(page, "布拖县", "布拖苦荞茶")
    await page.goto("/checkout")
    await fillAddress(page, "13800009012")
    await page.getByLabel("银行卡（Stripe）").check()
    await page.getByRole("button", { name: "提交订单" }).click()
    await page.getByRole("heading", { level: 1, name: "等待付款" }).waitFor()
    const intents = [...stripeApi.intents.values()]
    expect(intents).toHaveLength(1)
    const [intent] = intents
    expect(intent.status).toBe("requires_payment_method")
    expect(intent.currency).toBe("cny")

    const card = page.getByTestId("stripe-payment-element")
    const pay = page.getByRole("button", { name: /^支付 ¥/ })
    await card.getByLabel("卡号").fill("4000 0000 0000 0002")
    await card.getByLabel("有效期").fill("12 / 30")
    await card.getByLabel("安全码").fill("123")
    await screenshot(page, "12-stripe-payment-element")
    await pay.click()
    await page.getByRole("alert").getByText("您的银行卡被拒绝。").waitFor()
    expect(intent.status).toBe("requires_payment_method")
    expect(page.url()).toContain("/checkout/paying")

    await card.getByLabel("卡号").fill("4242 4242 4242 4242")
    await pay.click()
    await page.getByText("下单成功！").waitFor()
    expect(intent.status).toBe("succeeded")
    // the order's payment is Stripe's intent, captured with it: the completion shows 已支付
    await page.locator("li.done", { hasText: "已支付" }).waitFor()
    await screenshot(page, "13-stripe-order-paid")
    // the confirmation came from the browser with the publishable key, never the secret key
    const confirms = stripeApi.requests.filter((r) => r.path.endsWith("/confirm"))
    expect(confirms.map((r) => r.body.key)).toEqual(["pk_test_zhunonge2e", "pk_test_zhunonge2e"])
  })

  it("searches in Chinese and pinyin, with suggestions as one types and provenance filters with counts", async () => {
    const page = await newPage()
    await page.goto("/products")
    const box = page.getByRole("search").getByRole("searchbox")
    // pinyin, as one types on a phone: the suggestion opens the product
    await box.fill("pingguo")
    await page
      .locator(".suggestions")
      .getByRole("link", { name: /昭通丑苹果/ })
      .click()
    await page.getByRole("heading", { level: 1, name: "昭通丑苹果" }).waitFor()

    // a prefecture's name finds its counties' products; the county filter counts and narrows them
    await page.goto("/products")
    await box.fill("凉山")
    await box.press("Enter")
    await page.getByRole("heading", { level: 1, name: "“凉山”的搜索结果" }).waitFor()
    const titles = () => page.locator(".product-grid h2").allTextContents()
    const county = page.getByRole("combobox", { name: "县", exact: true })
    const counties = await county.locator("option").allTextContents()
    // 凉山's counties, and only theirs, among the matches
    expect(counties.some((o) => o.startsWith("布拖县（"))).toBe(true)
    expect(counties.some((o) => o.startsWith("盐源县（"))).toBe(true)
    expect(counties.some((o) => o.startsWith("勐海县"))).toBe(false)
    const butuo = counties.find((o) => o.startsWith("布拖县"))
    const fromButuo = Number(/（(\d+)）/.exec(butuo ?? "")?.[1])
    expect(fromButuo).toBeGreaterThanOrEqual(1)
    await county.selectOption("布拖县")
    await page.getByRole("button", { name: "筛选" }).click()
    await page.getByRole("link", { name: "去掉条件：布拖县" }).waitFor()
    const filtered = await titles()
    expect(filtered).toContain("布拖苦荞茶")
    expect(filtered).not.toContain("盐源高原大米")
    expect(filtered).toHaveLength(fromButuo)
    expect(new URL(page.url()).searchParams.get("county")).toBe("布拖县")
    await screenshot(page, "14-search-filtered")
    await page.getByRole("link", { name: "去掉条件：布拖县" }).click()
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(fromButuo)
  })

  it("shows a new price and a new stock level within five seconds, though it serves the catalog from its cache", async () => {
    const headers = await adminHeaders()
    const admin = async <T>(path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${E2E.backend}${path}`, {
        method: body ? "POST" : "GET",
        headers,
        body: body ? JSON.stringify(body) : undefined,
      })
      expect(response.status, path).toBe(200)
      return (await response.json()) as T
    }
    const { products } = await admin<{
      products: { id: string; variants: { id: string; prices: { id: string; currency_code: string }[] }[] }[]
    }>("/admin/products?handle=shiqian-moss-tea&fields=id,*variants,*variants.prices")
    const [variant] = products[0].variants
    const price = variant.prices.find((p) => p.currency_code === "cny")!
    const { inventory_items } = await admin<{
      inventory_items: { id: string; location_levels: { location_id: string }[] }[]
    }>("/admin/inventory-items?sku=SQ-TAI-200&fields=id,*location_levels")
    const [item] = inventory_items

    const page = await newPage()
    const variantRow = page.locator("fieldset label").filter({ hasText: "200g" })
    await page.goto("/products/shiqian-moss-tea")
    await variantRow.getByText("¥88.00").waitFor()
    await page.reload() // the second view is the cached one
    // one cached page for every shopper, whatever cart or sign-in they bring: nothing in it is theirs
    const asShopper = await fetch(`${E2E.storefront}/products/shiqian-moss-tea`, {
      headers: { cookie: "zn_cart=cart_someone; zn_token=someone" },
    })
    expect(asShopper.headers.get("x-nextjs-cache")).toBe("HIT")

    /** Reloads until the text shows; how long it took from the change. */
    const shownWithin = async (text: string, changed: number) => {
      await expect
        .poll(
          async () => {
            await page.reload()
            return variantRow.getByText(text).isVisible()
          },
          { timeout: 5_000, interval: 250 }
        )
        .toBe(true)
      return Date.now() - changed
    }
    const priceChanged = Date.now()
    await admin(`/admin/products/${products[0].id}/variants/${variant.id}`, {
      prices: [{ id: price.id, currency_code: "cny", amount: 92.5 }],
    })
    const priceMs = await shownWithin("¥92.50", priceChanged)

    const stockChanged = Date.now()
    await admin(`/admin/inventory-items/${item.id}/location-levels/${item.location_levels[0].location_id}`, {
      stocked_quantity: 321,
    })
    const stockMs = await shownWithin("库存321件", stockChanged)
    console.log(`the shop showed the new price after ${priceMs} ms, the new stock after ${stockMs} ms`)

    // only the backend may make the cache stale: without its secret, or with another, nothing expires
    const revalidate = (secret: string | null, body: unknown) =>
      fetch(`${E2E.storefront}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "x-revalidate-secret": secret } : {}) },
        body: JSON.stringify(body),
      })
    const { SHOP_REVALIDATE_SECRET: secret } = JSON.parse(readFileSync(join(E2E.dataDir, "secrets.json"), "utf8"))
    expect((await revalidate(null, { tags: ["products"] })).status).toBe(401)
    expect((await revalidate("x".repeat(secret.length), { tags: ["products"] })).status).toBe(401)
    const unknownTag = await revalidate(secret, { tags: ["orders"] })
    expect(unknownTag.status).toBe(400)
    expect(((await unknownTag.json()) as { message: string }).message).toBe("tags: 未知的缓存标签")
    expect(await (await revalidate(secret, { tags: ["origins"] })).json()).toEqual({ revalidated: ["origins"] })
  })

  it("verifies a certificate publicly and switches to English", async () => {
    const page = await newPage()
    await page.goto("/certificates/FP-513429-2024-001")
    await page.getByText("✓ 今日有效").waitFor()
    await screenshot(page, "10-certificate")
    await page.getByRole("button", { name: "English" }).click()
    await page.getByRole("link", { name: "All products" }).waitFor()
    await page.getByText("✓ Valid today").waitFor()
    // a language the shop does not speak: refused, naming the field, and no cookie set
    const unknown = await fetch(`${E2E.storefront}/api/locale`, {
      method: "POST",
      body: new URLSearchParams({ locale: "fr" }),
    })
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toEqual({ message: "locale: 只能是 zh-CN 或 en" })
    expect(unknown.headers.get("set-cookie")).toBeNull()
    await page.goto("/products?min_price=100&max_price=10")
    await page.getByText("These filters were not valid and were ignored: price range (min above max)").waitFor()
  })

  it("fits a phone's screen without sideways scrolling", async () => {
    const page = await newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    for (const path of ["/", "/products", "/products/butuo-tartary-buckwheat-tea"]) {
      await page.goto(path)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390)
    }
    await page.goto("/")
    await screenshot(page, "11-home-phone", false)
  })
})
