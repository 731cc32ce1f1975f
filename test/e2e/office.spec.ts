import type { Page } from "playwright-core"
import { parse } from "csv-parse/sync"
import * as XLSX from "xlsx"
import { describe, expect, it } from "vitest"
import { DEMO_OFFICES, DEMO_PASSWORD, DEMO_SHOPPERS, DEMO_SUPERVISOR } from "@zhunong/seed/demo-marks"
import { screenshot } from "../support/browser"
import { browserAgainst } from "../support/e2e"
import { publishableKey, stack } from "../support/launch"
import { addToCart, fillAddress, signIn } from "../support/shop-pages"

/**
 * The office portal in a real browser against `npm start`'s own stack and demo data: a canteen
 * order and two off-platform entries give 松江区合作交流办 a sale, a finding and a queue; the office
 * reads its year, drills to the row and its detail, marks the finding 误报, verifies an entry,
 * exports the 台账 as CSV and XLSX (whose totals match the page); then the 预留份额 cycle: 李明
 * declares for 机关事务管理局, 徐华 reviews it for 松江区人民政府, the office confirms it and keeps a
 * 通报 in which the bureau appears with its completion.
 */
const E2E = stack("e2e-office", 9220, 8220, 54345)
const UNIT = "上海市松江区机关事务管理局"
const OFFICE = DEMO_OFFICES[0]
const shopper = (role: string) => DEMO_SHOPPERS.find((s) => s.role === role)!.email

// the office works on what this test buys and registers: the stack seeds without the demo year (start.spec has it)
const { newPage } = browserAgainst(E2E, { SEED_DEMO_YEAR: "false" })

/** "¥1,234.50" or "-69.90" as integer fen, read as text: the test compares money exactly. */
function fen(text: string): number {
  const match = /(-?)[¥￥]?([\d,]+)(?:\.(\d{1,2}))?/.exec(text.replace(/\s/g, ""))
  if (!match) throw new Error(`not an amount: ${text}`)
  const value = Number(match[2].replace(/,/g, "")) * 100 + Number((match[3] ?? "0").padEnd(2, "0"))
  return match[1] ? -value : value
}

/** Medusa Admin's operator, signed in as the admin widget's session would be. */
async function adminToken() {
  const answer = await fetch(`${E2E.backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@zhunong.local", password: "zhunong-admin-2026" }),
  })
  return ((await answer.json()) as { token: string }).token
}

async function shopperToken(email: string) {
  const answer = await fetch(`${E2E.backend}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return ((await answer.json()) as { token: string }).token
}

/** A unit's procurement officer registers a canteen purchase made off the platform (the shop's unit API). */
async function registerOffline(email: string, unitName: string, invoice: string) {
  const headers = {
    authorization: `Bearer ${await shopperToken(email)}`,
    "x-publishable-api-key": await publishableKey(E2E),
    "content-type": "application/json",
  }
  const { memberships } = (await (await fetch(`${E2E.backend}/store/memberships`, { headers })).json()) as {
    memberships: { unit: { id: string; name: string } }[]
  }
  const unit = memberships.find((m) => m.unit.name === unitName)!.unit
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())
  const answer = await fetch(`${E2E.backend}/store/units/${unit.id}/offline-purchases`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      supplier_name: "盐源县高原稻米专业合作社",
      description: "展销会采购食堂大米",
      county_code: "513423",
      amount_fen: 88_800,
      purchase_date: today,
      purchase_type: "direct",
      channel: "canteen",
      funding: "budget",
      invoice_numbers: [invoice],
    }),
  })
  expect(answer.status, await answer.clone().text()).toBe(201)
}

async function officeSignIn(page: Page) {
  await page.goto("/office/login")
  const form = page.locator("form", { has: page.getByRole("heading", { name: "登录", exact: true }) })
  await form.getByLabel("邮箱").fill(OFFICE.email)
  await form.getByLabel("密码").fill(DEMO_PASSWORD)
  await form.getByRole("button", { name: "登录" }).click()
  await page.getByRole("heading", { level: 1, name: /年消费帮扶概览$/ }).waitFor()
}

describe("the office portal in a browser", () => {
  it("an office reads its year, drills to a row, works a check and an off-platform entry, exports the 台账 and runs the 预留份额 cycle", async () => {
    // the bureau's procurement officer places a canteen order from 盐源县 (a 脱贫县 paired with 松江)
    const buyer = await newPage()
    await signIn(buyer, shopper("采购员"))
    await addToCart(buyer, "盐源县", "盐源高原大米")
    await buyer.goto("/checkout")
    await fillAddress(buyer, "13800005678")
    await buyer.getByLabel("这笔订单为谁、用什么钱买").selectOption({ label: `${UNIT} · 食堂采购 · 财政预算` })
    await buyer.getByRole("button", { name: "提交订单" }).click()
    await buyer.getByText("下单成功！").waitFor()
    // unit money: the order is on invoice (对公转账); the operator records the bureau's remittance, as the
    // admin widget does, and the order is 已支付 with its transfer reference
    const reference = (await buyer.getByTestId("transfer-reference").textContent())!.trim()
    expect(reference).toMatch(/^ZN[2-9A-Z]{10}$/)
    const orderId = /\/account\/orders\/([^?]+)/.exec(buyer.url())![1]
    const admin = await adminToken()
    const remitted = await fetch(`${E2E.backend}/admin/orders/${orderId}/bank-transfer/remittances`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: JSON.stringify({
        amount_fen: fen((await buyer.getByTestId("bank-transfer").locator("dd strong").first().textContent())!),
        payer_account_name: UNIT,
        bank_reference: "ICBC-E2E-0001",
        remitted_on: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()),
      }),
    })
    expect(remitted.status).toBe(201)
    // the transfer is paid at once; the 832 已支付 step follows from the payment.captured event
    await expect
      .poll(async () => {
        await buyer.reload()
        const panel = await buyer.getByTestId("bank-transfer").locator("h2").textContent()
        const done = await buyer.locator("ol.steps li.done").allTextContents()
        return `${panel} / ${done.join(",")}`
      })
      .toMatch(/已支付.* \/ 已支付$/)
    await screenshot(buyer, "pay-01-order-paid")
    // the same canteen purchase registered off the platform by two units: a 疑点 and the verification queue
    await registerOffline(shopper("采购员"), UNIT, "71000001")
    await registerOffline("sunli@sjyz.example", "上海市松江一中", "71000002")

    // the office signs in and sees the sale in its year, as tiles and charts
    const office = await newPage()
    await officeSignIn(office)
    await expect
      .poll(async () => {
        await office.reload()
        return fen((await office.getByTestId("overview-totals").locator("span[title]").first().getAttribute("title"))!)
      })
      .toBeGreaterThan(0)
    await office.locator("figure.chart svg").first().waitFor()
    await office.getByTestId("breakdown-county").getByRole("link", { name: "盐源县" }).waitFor()
    await screenshot(office, "office-01-overview")

    // drill: the county's rows, then one row's detail with its place in the chain
    await office.getByTestId("breakdown-county").getByRole("link", { name: "盐源县" }).click()
    await office.getByRole("heading", { level: 1, name: "台账明细" }).waitFor()
    expect(office.url()).toMatch(/county=513423/)
    await office
      .getByTestId("ledger-rows")
      .getByRole("link", { name: /盐源高原大米/ })
      .first()
      .click()
    await office.getByRole("heading", { level: 1, name: /^台账第 \d+ 条$/ }).waitFor()
    expect(await office.getByTestId("row-facts").textContent()).toMatch(/是否计入计入/)
    expect(await office.getByTestId("row-chain").textContent()).toContain("内容与哈希一致")
    await screenshot(office, "office-02-row-detail")

    // the checks: the shared canteen counted twice is a 误报, with the note that says why
    await office.getByRole("navigation", { name: "办公室导航" }).getByRole("link", { name: "疑点核查" }).click()
    await office.getByRole("heading", { level: 1, name: "疑点核查" }).waitFor()
    const finding = office.getByTestId("finding").filter({ hasText: "共用食堂重复计入" }).first()
    await finding.getByLabel("误报").check()
    await finding.getByLabel("核查说明").fill("两单位食堂各自采购，非同一笔")
    await finding.getByRole("button", { name: "提交结论" }).click()
    await expect.poll(() => finding.locator(".history").textContent()).toContain("误报：两单位食堂各自采购，非同一笔")
    expect(await office.getByTestId("checks-summary").textContent()).toMatch(/误报 1/)
    await screenshot(office, "office-03-checks")

    // the off-platform queue: the bureau's entry is verified and counts
    await office.getByRole("navigation", { name: "办公室导航" }).getByRole("link", { name: "平台外采购" }).click()
    // this test's entry is the one with its invoice (with the demo year seeded, others of the bureau wait too)
    const ours = () => office.getByTestId("offline-purchase").filter({ hasText: UNIT }).filter({ hasText: "71000001" })
    await ours().getByRole("button", { name: "核实，计入统计" }).click()
    await expect.poll(() => ours().count()).toBe(0)
    await office.getByRole("link", { name: "已核实", exact: true }).click()
    await ours().first().waitFor()
    await screenshot(office, "office-04-offline")

    // exports: the 台账 as CSV and as XLSX, each with its progress bar, then both files against the page's totals
    await office.getByRole("navigation", { name: "办公室导航" }).getByRole("link", { name: "导出" }).click()
    await office.getByRole("heading", { level: 1, name: "导出" }).waitFor()
    const download = async (format: "CSV" | "XLSX（Excel）") => {
      await office.getByLabel("格式").selectOption({ label: format })
      const jobs = office.getByTestId("export-job")
      const before = await jobs.count()
      await office.getByRole("button", { name: "开始导出" }).click()
      await expect.poll(() => jobs.count()).toBe(before + 1)
      const row = jobs.first()
      await row.locator("progress").waitFor()
      const link = row.getByRole("link", { name: "下载" })
      await link.waitFor()
      return office.request.get((await link.getAttribute("href"))!)
    }
    const csv = await download("CSV")
    await screenshot(office, "office-05-export-progress")
    const csvRows = parse((await csv.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[]
    const xlsx = await download("XLSX（Excel）")
    const sheet = XLSX.read(Buffer.from(await xlsx.body()), { type: "buffer" }).Sheets["台账"]
    const xlsxRows = XLSX.utils.sheet_to_json<Record<string, number | string>>(sheet)
    const csvTotal = csvRows.reduce((sum, r) => sum + fen(r["金额（元）"]), 0)
    const xlsxTotal = xlsxRows.reduce((sum, r) => sum + Math.round(Number(r["金额（元）"]) * 100), 0)
    await office.goto("/office")
    const [counted, uncounted] = await office
      .getByTestId("overview-totals")
      .locator("span[title]")
      .evaluateAll((spans) => spans.slice(0, 2).map((s) => s.getAttribute("title") ?? ""))
    const pageTotal = fen(counted) + fen(uncounted)
    expect(csvRows.length).toBeGreaterThanOrEqual(2) // the canteen line and the verified entry
    expect(
      csvRows.filter((r) => r["支付凭证"].startsWith(`对公转账 ${reference} `)),
      "the paid canteen order's row carries its payment"
    ).toHaveLength(1)
    expect(xlsxRows.length).toBe(csvRows.length)
    expect(csvTotal, "the 台账 CSV adds up to the overview").toBe(pageTotal)
    expect(xlsxTotal, "the 台账 XLSX adds up to the overview").toBe(pageTotal)
    console.log(
      `台账 totals compared: page ${pageTotal} fen = CSV ${csvTotal} = XLSX ${xlsxTotal} (${csvRows.length} rows)`
    )

    // 预留份额: 李明 declares for the bureau on its unit page (the minimum shows as the total is typed)
    const unitAdmin = await newPage()
    await signIn(unitAdmin, shopper("单位管理员"))
    await unitAdmin.getByRole("link", { name: "单位主页" }).click()
    await unitAdmin.getByRole("heading", { level: 1, name: UNIT }).waitFor()
    const share = unitAdmin.getByTestId("reserved-share")
    await share.getByText("本单位尚未申报。").waitFor()
    await share.getByLabel("全年食堂食材采购总额（元）").fill("320000")
    await share.getByText("不低于 10%，即至少 32000.00 元").waitFor()
    await share.getByLabel("预留份额（元）").fill("30000")
    await share.getByRole("button", { name: "提交申报" }).click()
    await share.getByText("预留份额不得低于食堂采购总额的10%（至少 32000.00 元）").waitFor()
    await share.getByLabel("预留份额（元）").fill("32000")
    await share.getByRole("button", { name: "提交申报" }).click()
    await share.getByTestId("declaration-status").getByText("已申报，待主管单位审核").waitFor()
    await screenshot(unitAdmin, "share-01-declared")

    // 徐华 reviews it for 松江区人民政府, its 主管单位
    const supervisor = await newPage()
    await signIn(supervisor, DEMO_SUPERVISOR.email)
    await supervisor.getByRole("link", { name: "单位主页" }).click()
    await supervisor.getByRole("heading", { level: 1, name: DEMO_SUPERVISOR.unit }).waitFor()
    const theirs = supervisor.getByTestId("subordinate-declarations").locator("li", { hasText: UNIT })
    await theirs.getByRole("button", { name: "审核通过" }).click()
    await theirs.getByText("主管单位已审核，待确认").waitFor()
    await screenshot(supervisor, "share-02-reviewed")

    // the office confirms it in its ranking and keeps a 通报 in which the bureau has its completion
    await office.goto("/office/reserved-share")
    await office.getByRole("heading", { level: 1, name: /年食堂预留份额$/ }).waitFor()
    const bureau = office.getByTestId("share-unit").filter({ hasText: UNIT })
    await bureau.getByRole("button", { name: "确认", exact: true }).click()
    await expect
      .poll(async () => (await office.getByTestId("share-coverage").textContent()) ?? "")
      .toMatch(/1\s*已确认/)
    await screenshot(office, "office-06-reserved-share")
    await office.getByRole("button", { name: "生成", exact: true }).click()
    await office.getByTestId("bulletin-rows").waitFor()
    const bulletinRow = office.getByTestId("bulletin-rows").locator("tr", { hasText: UNIT })
    const completion = (await bulletinRow.locator("td").nth(5).textContent()) ?? ""
    expect(completion).toMatch(/^\d+\.\d{2}%$/)
    expect(await bulletinRow.locator("td").first().textContent()).toBe("1")
    console.log(`通报: ${UNIT} ranked 1 with completion ${completion}`)
    await screenshot(office, "office-07-bulletin")
    const bulletinXlsx = await office.request.get(
      (await office.getByRole("link", { name: "下载 XLSX" }).getAttribute("href"))!
    )
    const bulletinSheet = XLSX.read(Buffer.from(await bulletinXlsx.body()), { type: "buffer" }).Sheets["通报"]
    expect(XLSX.utils.sheet_to_json<Record<string, unknown>>(bulletinSheet)[0]).toMatchObject({ 排名: 1, 单位: UNIT })

    // the unit sees its confirmed declaration and completion
    await unitAdmin.reload()
    await share.getByTestId("declaration-status").getByText("已确认").waitFor()
    expect(await share.getByTestId("share-completion").textContent()).toContain("已采购")
  })
})
