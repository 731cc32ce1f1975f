import { crc32, deflateSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { DEMO_OFFICES, DEMO_PASSWORD, DEMO_SHOPPERS } from "@zhunong/seed/demo-marks"
import { usccCheckCharacter } from "@zhunong/common/uscc"
import { screenshot } from "../support/browser"
import { browserAgainst } from "../support/e2e"
import { publishableKey, stack } from "../support/launch"

/**
 * The supplier portal in a real browser, on a phone, against `npm start`'s own stack: a 布拖
 * cooperative registers (a mistyped 信用代码 first), the operator approves it, it lists a product
 * with two pictures and two variants, a shopper buys it, and the cooperative hears of the order,
 * ships it with 顺丰, files the invoice, sees the buyer's 验收 and the sale in its settlement.
 */
const E2E = stack("e2e-supplier", 9210, 8210, 54344)
const PHONE = { width: 390, height: 844 }
const body = `93513429MA${String(Date.now() % 10_000_000).padStart(7, "0")}`
const USCC = body + usccCheckCharacter(body)
const WRONG_USCC = body + (usccCheckCharacter(body) === "0" ? "1" : "0")
const NAME = "布拖县阿都高山苦荞种植专业合作社"
const EMAIL = `coop-${Date.now()}@butuo.example`
const PASSWORD = "adu-coop-2026"
const PRODUCT = "阿都高山苦荞米"

// the supplier's flows need no year of orders: the stack seeds without it (the smoke test starts with it)
const { newPage } = browserAgainst(E2E, { SEED_DEMO_YEAR: "false" })

/** A 1×1 PNG of one colour: a picture the form uploads as a phone would. */
function png(rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])))
    return Buffer.concat([length, Buffer.from(type), data, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, ...rgb]))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function token(actor: string, email: string, password: string) {
  const answer = await fetch(`${E2E.backend}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  return ((await answer.json()) as { token: string }).token
}

const get = (path: string, bearer: string, key?: string) =>
  fetch(`${E2E.backend}${path}`, {
    headers: { authorization: `Bearer ${bearer}`, ...(key ? { "x-publishable-api-key": key } : {}) },
  })

describe("the supplier portal in a browser", () => {
  it("a cooperative registers, is approved, lists, ships, invoices and sees its settlement, on a phone", async () => {
    const page = await newPage(PHONE)
    await page.goto("/supplier")
    await page.getByRole("heading", { level: 1, name: "供应商中心" }).waitFor()
    const signUp = page.locator("form", { has: page.getByRole("heading", { name: "创建账号" }) })
    await signUp.getByLabel("邮箱").fill(EMAIL)
    await signUp.getByLabel("设置密码（至少8位）").fill(PASSWORD)
    await signUp.getByRole("button", { name: "创建账号" }).click()
    await page.getByRole("heading", { level: 1, name: "入驻申请" }).waitFor()

    // the 信用代码 is checked as it is typed, and the county's verdict shows before submitting
    await page.getByLabel("主体名称（与营业执照一致）").fill(NAME)
    await page.getByLabel("统一社会信用代码").fill(WRONG_USCC)
    await page.getByText(/信用代码有误：校验位错误：应为“.”/).waitFor()
    await page.getByLabel("主体类型").selectOption("cooperative")
    await page.getByLabel("注册所在县").fill("布拖")
    await page
      .getByRole("option", { name: /布拖县 513429/ })
      .getByRole("button")
      .click()
    await page.getByText("可以入驻：该县是脱贫县或在对口帮扶关系中").waitFor()
    await page.getByLabel("联系人").fill("阿都")
    await page.getByLabel("联系电话").fill("13908341234")
    await page.getByLabel("您的姓名").fill("阿都")
    await page.getByRole("button", { name: "提交入驻申请" }).click()
    await page
      .locator("#reg-uscc-error")
      .getByText(/统一社会信用代码无效：校验位错误/)
      .waitFor()
    await page.getByLabel("统一社会信用代码").fill(USCC)
    await page.getByText("信用代码格式正确").waitFor()
    await screenshot(page, "supplier-01-registration", false)
    await page.getByRole("button", { name: "提交入驻申请" }).click()
    await page.getByRole("heading", { name: "当前状态：待审核" }).waitFor()
    await screenshot(page, "supplier-02-pending", false)

    // the operator approves it (Medusa Admin's API); the cooperative's inbox says so
    const admin = await token("user", "admin@zhunong.local", "zhunong-admin-2026")
    const { suppliers } = (await (await get(`/admin/suppliers?q=${encodeURIComponent(NAME)}`, admin)).json()) as {
      suppliers: { id: string }[]
    }
    const approved = await fetch(`${E2E.backend}/admin/suppliers/${suppliers[0].id}/transition`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: JSON.stringify({ to: "approved" }),
    })
    expect(approved.status).toBe(200)
    await page.reload()
    await page.getByRole("heading", { name: "当前状态：已入驻" }).waitFor()
    await expect.poll(() => page.getByTestId("inbox-link").textContent()).toContain("1")

    // list a product: two pictures, two variants priced in 元
    await page.goto("/supplier/products/new")
    await page.getByLabel("商品名称").fill(PRODUCT)
    await page.getByLabel("商品介绍").fill("海拔2400米的高山苦荞，合作社统一收购、脱壳、真空包装。")
    await page.locator('input[type="file"]').setInputFiles([
      { name: "正面.png", mimeType: "image/png", buffer: png([180, 120, 40]) },
      { name: "包装.png", mimeType: "image/png", buffer: png([60, 120, 60]) },
    ])
    await expect.poll(() => page.locator(".picture-list img").count()).toBe(2)
    await page.getByRole("button", { name: "第2张前移" }).click()
    await page.getByLabel("规格名称").fill("500克")
    await page.getByLabel("价格（元）").fill("39.9")
    await page.getByLabel("库存").fill("50")
    await page.getByRole("button", { name: "添加规格" }).click()
    const second = page.getByRole("group", { name: "规格2" })
    await second.getByLabel("规格名称").fill("1千克")
    await second.getByLabel("价格（元）").fill("12.345")
    await second.getByLabel("库存").fill("20")
    await page.getByRole("button", { name: "上架", exact: true }).click()
    await second.getByText("请输入价格（元），如 39.9，最多两位小数").waitFor()
    await second.getByLabel("价格（元）").fill("69.90")
    await screenshot(page, "supplier-03-listing-form")
    await page.getByRole("button", { name: "上架", exact: true }).click()
    await page.getByText("商品已上架。").waitFor()
    const shopLink = await page.getByRole("link", { name: "在商城中查看" }).getAttribute("href")

    await page.goto(`/supplier/products?q=${encodeURIComponent("苦荞米")}`)
    const row = page.getByTestId("listing-row").filter({ hasText: PRODUCT })
    await row.getByText("没有有效认定").waitFor()
    expect(await row.locator(".variant-editor").count()).toBe(2)
    await screenshot(page, "supplier-04-listings", false)

    // a shopper buys it in the shop
    const shop = await newPage()
    await shop.goto("/account")
    const signIn = shop.locator("form", { has: shop.getByRole("heading", { name: "登录", exact: true }) })
    await signIn.getByLabel("邮箱").fill(DEMO_SHOPPERS.find((s) => s.role === "职工")!.email)
    await signIn.getByLabel("密码").fill(DEMO_PASSWORD)
    await signIn.getByRole("button", { name: "登录" }).click()
    await shop.getByRole("heading", { name: /^你好/ }).waitFor()
    await shop.goto(shopLink!)
    await shop.getByRole("heading", { level: 1, name: PRODUCT }).waitFor()
    expect(await shop.locator(".gallery img").count()).toBe(2)
    await shop.getByRole("button", { name: "加入购物车" }).click()
    await shop.getByText("已加入购物车。").waitFor()
    await shop.goto("/checkout")
    await shop.getByLabel("收货人姓").fill("刘")
    await shop.getByLabel("收货人名").fill("洋")
    await shop.getByLabel("手机号").fill("13800001111")
    await shop.getByLabel("省/直辖市").fill("上海市")
    await shop.getByLabel("市/区").fill("松江区")
    await shop.getByLabel("详细地址").fill("园中路1号")
    await shop.getByRole("button", { name: "提交订单" }).click()
    await shop.getByText("下单成功！").waitFor()

    // the cooperative hears of it, ships with 顺丰 and files the invoice
    await page.goto("/supplier/notifications")
    await expect
      .poll(async () => {
        await page.reload()
        return page.getByTestId("notification").count()
      })
      .toBe(2)
    await screenshot(page, "supplier-05-inbox", false)
    await page.getByTestId("notification").first().getByRole("link", { name: "去处理" }).click()
    await page.getByLabel("快递公司", { exact: true }).selectOption("sf")
    await page.getByLabel("快递单号").fill("SF1400000001")
    await page.getByRole("button", { name: "确认发货" }).click()
    await page.getByText(/已发货：顺丰速运 SF1400000001/).waitFor()
    await page.getByLabel("发票号码").fill("31000000001")
    await page.locator('input[type="file"]').setInputFiles({
      name: "发票.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% 增值税普通发票\n"),
    })
    await page.getByText("已上传：发票.pdf").waitFor()
    await page.getByRole("button", { name: "登记发票" }).click()
    await page.getByText(/已登记发票 31000000001/).waitFor()
    const invoice = await page.getByRole("link", { name: "发票.pdf" }).getAttribute("href")
    expect((await page.request.get(invoice!)).status(), "the supplier reads its own invoice").toBe(200)
    expect((await shop.request.get(invoice!)).status(), "a shopper cannot").not.toBe(200)
    await screenshot(page, "supplier-06-shipped", false)

    // the buyer accepts; the cooperative sees it and the sale in its settlement
    await shop.reload()
    await shop.goto("/account/orders")
    await shop.locator("tbody a").first().click()
    const part = shop.getByTestId("order-part").filter({ has: shop.getByRole("heading", { name: NAME }) })
    await part.getByRole("button", { name: "确认收货并验收" }).click()
    await part.getByRole("button", { name: "提交评价" }).waitFor()
    await page.goto("/supplier/orders?status=accepted")
    await page.getByTestId("part-row").filter({ hasText: PRODUCT }).getByText("买家已验收").waitFor()
    await page.goto("/supplier/settlement")
    const month = page.locator("tbody tr").first()
    expect(await month.textContent(), "one unit of either variant").toMatch(/¥(39|69)\.90/)
    await month.getByRole("link").click()
    await page.getByRole("cell", { name: /阿都高山苦荞米/ }).waitFor()
    const csv = await page.request.get(
      await page
        .getByRole("link", { name: "下载CSV" })
        .getAttribute("href")
        .then((h) => h!)
    )
    expect((await csv.text()).split("\n")[0]).toBe("\uFEFF日期,类型,订单号,商品,数量,金额（元）")
    await screenshot(page, "supplier-07-settlement", false)

    // nothing runs wider than the phone
    for (const path of [
      "/supplier",
      "/supplier/products",
      "/supplier/orders",
      "/supplier/settlement",
      "/supplier/notifications",
    ]) {
      await page.goto(path)
      expect(await page.evaluate("document.documentElement.scrollWidth"), path).toBeLessThanOrEqual(PHONE.width)
    }
  })

  it("keeps each actor to its own pages: suppliers out of the shop account and the office portal, shoppers and offices out of the supplier portal", async () => {
    const key = await publishableKey(E2E)
    const supplier = await token("supplier", "leanqiao@butuo.example", DEMO_PASSWORD)
    const customer = await token("customer", DEMO_SHOPPERS[0].email, DEMO_PASSWORD)
    const officeToken = await token("office", DEMO_OFFICES[0].email, DEMO_PASSWORD)
    expect((await get("/supplier/me", supplier)).status).toBe(200)
    expect((await get("/supplier/me", customer)).status).toBe(401)
    expect((await get("/supplier/me", officeToken)).status).toBe(401)
    expect((await get("/office/me", supplier)).status).toBe(401)
    expect((await get("/store/customers/me", supplier, key)).status).toBe(401)
    expect((await get("/store/customers/me", customer, key)).status).toBe(200)

    // in the browser: a signed-in supplier is a stranger to the shop's account, a shopper to the portal
    const page = await newPage()
    await page.goto("/supplier/login")
    const signIn = page.locator("form", { has: page.getByRole("heading", { name: "登录", exact: true }) })
    await signIn.getByLabel("邮箱").fill("leanqiao@butuo.example")
    await signIn.getByLabel("密码").fill(DEMO_PASSWORD)
    await signIn.getByRole("button", { name: "登录" }).click()
    await page.getByRole("heading", { name: "当前状态：已入驻" }).waitFor()
    await page.goto("/account")
    await page.getByRole("heading", { name: "登录", exact: true }).waitFor()
    const shopper = await newPage()
    await shopper.goto("/account")
    const shopSignIn = shopper.locator("form", { has: shopper.getByRole("heading", { name: "登录", exact: true }) })
    await shopSignIn.getByLabel("邮箱").fill(DEMO_SHOPPERS[0].email)
    await shopSignIn.getByLabel("密码").fill(DEMO_PASSWORD)
    await shopSignIn.getByRole("button", { name: "登录" }).click()
    await shopper.getByRole("heading", { name: /^你好/ }).waitFor()
    await shopper.goto("/supplier/orders")
    await shopper.waitForURL(/\/supplier\/login\?next=%2Fsupplier%2Forders/)

    // the office portal: an office signs in and sees its year; the supplier and the shopper are sent to its login
    await page.goto("/office")
    await page.waitForURL(/\/office\/login/)
    await shopper.goto("/office")
    await shopper.waitForURL(/\/office\/login/)
    const office = await newPage(PHONE)
    await office.goto("/office")
    const officeSignIn = office.locator("form", { has: office.getByRole("heading", { name: "登录", exact: true }) })
    await officeSignIn.getByLabel("邮箱").fill(DEMO_OFFICES[0].email)
    await officeSignIn.getByLabel("密码").fill(DEMO_PASSWORD)
    await officeSignIn.getByRole("button", { name: "登录" }).click()
    await office.getByRole("heading", { level: 1, name: /年消费帮扶概览$/ }).waitFor()
    await office.locator("figure.chart svg").first().waitFor()
    expect(await office.getByTestId("month-table").locator("tbody tr").count()).toBe(12)
    const csv = await office.request.get((await office.locator('a[href^="/office/csv/months"]').getAttribute("href"))!)
    expect((await csv.text()).split("\n")[0]).toMatch(/^\uFEFF月份,\d{4}年计入（元）,\d{4}年计入（元）$/)
    expect(await office.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width)
    await screenshot(office, "office-01-overview")
    // drill from a not-counted reason to the rows behind it (the cooperative's uncertified sale above counts for 松江)
    await office.getByRole("link", { name: "交易日无有效认定" }).click()
    await office.getByRole("heading", { level: 1, name: "台账明细" }).waitFor()
    expect(await office.getByTestId("ledger-rows").locator("tbody tr").count()).toBeGreaterThan(0)
    expect(office.url()).toContain("not_counted_reason=not_certified")
    await screenshot(office, "office-02-ledger-rows", false)
    await office.goto("/supplier/orders")
    await office.waitForURL(/\/supplier\/login/)
  })
})
