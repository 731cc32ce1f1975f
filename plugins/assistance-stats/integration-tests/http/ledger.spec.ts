import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { parse } from "csv-parse/sync"
import * as XLSX from "xlsx"
import { setTimeout as sleep } from "node:timers/promises"
import { resumeInterruptedExports } from "../../src/workflows/exports/export-jobs"
import { appendEntriesInBulk, type EntryDraft } from "../../src/workflows/ledger/steps/append"
import { ROLLUPS } from "../../src/lib/dimensions"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { adminHeaders } from "../../../../test/support/admin"
import { failure } from "../../../../test/support/http"
import { addMember, cixiUnit, createEastJurisdictions, uscc } from "../../../../test/support/attribution"
import { cartReady, customerHeaders, payAndComplete, shoppableStore } from "../../../../test/support/checkout"
import { approvedSupplier, certifyProduct, cooperativeUscc, listProduct } from "../../../../test/support/marketplace"
import { officeHeaders } from "../../../../test/support/offices"
import { createLiangshanDivisions } from "../../../../test/support/provenance"

const ROOT = resolve(__dirname, "../../../..")

type Headers = { headers: Record<string, string> }
interface Entry {
  seq: number
  month: string
  entry_key: string
  kind: "sale" | "reversal"
  amount_fen: number
  quantity: number
  counted: boolean
  not_counted_reason: string | null
  hash: string
  [field: string]: unknown
}

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>
    let member: Headers
    let certified: { variantId: string; productId: string; certificateId: string }
    let uncertified: { variantId: string; productId: string }
    let supplierHeaders: Headers
    let unitId: string

    /** 慈溪市教育局, a second unit in the same jurisdiction, with its procurement officer signed in. */
    const neighbourWithOfficer = async () => {
      const id = await cixiUnit(api, admin, 2, "慈溪市教育局")
      const officer = await customerHeaders(api, shop.store, "officer@edu.cixi.example")
      await addMember(api, admin, id, "officer@edu.cixi.example", "procurement_officer")
      return { id, officer }
    }

    /**
     * 布拖县 (a 脱贫县 of 凉山, paired with 宁波 since 2021-04-01), a cooperative there selling a certified
     * and an uncertified product, and a member of a 慈溪市 unit (慈溪 lies under 宁波).
     */
    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createLiangshanDivisions(getContainer())
      await createEastJurisdictions(getContainer())
      await getContainer()
        .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
        .createPairings([
          {
            jurisdiction_code: "330200",
            division_code: "513400",
            pairing_type: "east_west",
            label: "东西部协作",
            valid_from: "2021-04-01",
          },
        ])
      shop = await shoppableStore(getContainer(), [])

      const { supplier } = await approvedSupplier(api, admin, "owner@coop.example")
      supplierHeaders = supplier
      const tea = await listProduct(api, supplier, "布拖苦荞茶")
      uncertified = await listProduct(api, supplier, "布拖土豆")
      certified = { ...tea, certificateId: (await certifyProduct(api, admin, supplier, tea.productId)).id }

      unitId = await cixiUnit(api, admin, 1, "慈溪市商务局")
      member = await customerHeaders(api, shop.store, "member@cixi.example")
      await addMember(api, admin, unitId, "member@cixi.example", "member")
    })

    const entriesOf = async (orderId: string): Promise<Entry[]> =>
      (await api.get(`/admin/ledger?order_id=${orderId}&limit=100`, admin)).data.entries
    /** The ledger is written by subscribers just after the events. */
    async function waitForEntries(orderId: string, count: number): Promise<Entry[]> {
      for (let i = 0; i < 60; i++) {
        const entries = await entriesOf(orderId)
        if (entries.length >= count) return entries
        await sleep(100)
      }
      throw new Error(`order ${orderId} has fewer than ${count} ledger entries`)
    }
    /** The first 台账 export row that matches, waiting for evidence the subscribers record just after the supplier does. */
    async function ledgerRowWhen(office: Headers, match: (row: Record<string, string>) => boolean) {
      for (let i = 0; i < 50; i++) {
        const rows = parse(((await api.get("/office/exports/ledger", office)).data as string).replace(/^\uFEFF/, ""), {
          columns: true,
        }) as Record<string, string>[]
        const row = rows.find(match)
        if (row) return row
        await sleep(100)
      }
      throw new Error("no 台账 row matched")
    }
    /** Medusa Admin's return flow for one unit of a line: request it back to the supplier's location, then receive it. */
    async function returnOne(orderId: string, itemId: string): Promise<string> {
      const { data: supplier } = await api.get("/supplier/me", supplierHeaders)
      const { data: created } = await api.post(
        "/admin/returns",
        { order_id: orderId, location_id: supplier.supplier.stock_location_id },
        admin
      )
      const returnId = created.return.id as string
      await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity: 1 }] }, admin)
      await api.post(`/admin/returns/${returnId}/request`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity: 1 }] }, admin)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)
      return returnId
    }
    const buy = async (buyer: Headers, variantIds: string[]) =>
      (await payAndComplete(api, buyer, await cartReady(api, shop, buyer, variantIds))).data.order.id as string
    const emit = (name: string, id: string) => getContainer().resolve(Modules.EVENT_BUS).emit({ name, data: { id } })

    it("writes one row per line with why it counts or not, and replaying the events 3× changes nothing", async () => {
      const orderId = await buy(member, [certified.variantId, uncertified.variantId])
      const entries = await waitForEntries(orderId, 2)
      const byTitle = Object.fromEntries(entries.map((e) => [e.product_title, e]))
      expect(byTitle["布拖苦荞茶"]).toMatchObject({
        kind: "sale",
        amount_fen: 6_990,
        quantity: 1,
        counted: true,
        not_counted_reason: null,
        county_code: "513429",
        prefecture_code: "513400",
        province_code: "510000",
        poverty_exit: true,
        supplier_name: "布拖县乐安苦荞专业合作社",
        unit_name: "慈溪市商务局",
        jurisdiction_chain: ["330282", "330200", "330000"],
        pairing_types: ["east_west"],
        certificates: [expect.objectContaining({ number: "FP-513429-2026-001" })],
        channel: "personal",
        funding: "personal",
      })
      expect(byTitle["布拖土豆"]).toMatchObject({ counted: false, not_counted_reason: "not_certified" })

      for (let i = 0; i < 3; i++) await emit("order.placed", orderId)
      await sleep(1_000)
      const replayed = await entriesOf(orderId)
      expect(replayed.map((e) => [e.seq, e.hash])).toEqual(entries.map((e) => [e.seq, e.hash]))

      // a shopper in no unit: the sale is recorded, and not counted
      const stranger = await customerHeaders(api, shop.store, "stranger@example.com")
      const [strangers] = await waitForEntries(await buy(stranger, [certified.variantId]), 1)
      expect(strangers).toMatchObject({ counted: false, not_counted_reason: "no_unit", unit_id: null })
      expect((await api.get("/admin/ledger/verify", admin)).data).toEqual({ ok: true, checked: 3, break: null })
    })

    it("appends exactly one reversal per line when an order is canceled, however often the event comes", async () => {
      const orderId = await buy(member, [certified.variantId, uncertified.variantId])
      await waitForEntries(orderId, 2)
      await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
      const entries = await waitForEntries(orderId, 4)
      for (let i = 0; i < 3; i++) await emit("order.canceled", orderId)
      await sleep(1_000)
      const after = await entriesOf(orderId)
      expect(after).toHaveLength(4)
      const reversals = after.filter((e) => e.kind === "reversal")
      expect(reversals.map((r) => [r.reverses_key, r.amount_fen, r.quantity, r.counted]).sort()).toEqual(
        entries
          .filter((e) => e.kind === "sale")
          .map((s) => [s.entry_key, -s.amount_fen, -s.quantity, s.counted])
          .sort()
      )
      expect(after.reduce((sum, e) => sum + e.amount_fen, 0)).toBe(0)
      expect((await api.get("/admin/ledger/verify", admin)).data.ok).toBe(true)

      // the supplier's settlement is the ledger's sum of its sales and reversals
      const { data } = await api.get("/supplier/settlement", supplierHeaders)
      const sales = after.filter((e) => e.kind === "sale").reduce((sum, e) => sum + e.amount_fen, 0)
      expect(data.months).toEqual([
        { month: after[0].month, gross_fen: sales, refunds_fen: sales, net_fen: 0, orders: 1 },
      ])
    })

    it("takes back the returned share of a line when a return is received", async () => {
      const orderId = await payAndComplete(
        api,
        member,
        await cartReady(api, shop, member, [certified.variantId], 3)
      ).then((r) => r.data.order.id as string)
      const [sale] = await waitForEntries(orderId, 1)
      const part = (await api.get("/supplier/orders", supplierHeaders)).data.orders.find(
        (o: { order_id: string }) => o.order_id === orderId
      )
      await api.post(
        `/supplier/orders/${part.id}/shipment`,
        { carrier: "sf", tracking_number: "SF1234567890" },
        supplierHeaders
      )
      const returnId = await returnOne(orderId, sale.order_item_id as string)
      const entries = await waitForEntries(orderId, 2)
      const reversal = entries.find((e) => e.kind === "reversal")!
      expect(reversal).toMatchObject({
        entry_key: expect.stringMatching(/^return:/),
        reverses_key: sale.entry_key,
        quantity: -1,
        amount_fen: -6_990,
        counted: true,
      })
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.return_received", data: { order_id: orderId, return_id: returnId } })
      await sleep(1_000)
      expect(await entriesOf(orderId)).toHaveLength(2)

      // the reversal is there, so reconciliation finds nothing missing, and a repair appends nothing
      expect((await api.post("/admin/ledger/reconcile", {}, admin)).data.differences).toEqual([])
      expect((await api.post("/admin/ledger/reconcile", { repair: true }, admin)).data.differences).toEqual([])
      expect(await entriesOf(orderId)).toHaveLength(2)

      // the supplier's settlement: the line as sold is gross, the returned unit is the refund (the ledger's rule)
      const { data } = await api.get("/supplier/settlement", supplierHeaders)
      expect(data.months).toEqual([
        { month: sale.month, gross_fen: 3 * 6_990, refunds_fen: 6_990, net_fen: 2 * 6_990, orders: 1 },
      ])
    })

    it("never rewrites a counted sale when its certificate is revoked later; new sales stop counting", async () => {
      const before = await buy(member, [certified.variantId])
      const [sold] = await waitForEntries(before, 1)
      expect(sold.counted).toBe(true)

      await api.post(
        `/admin/certificates/${certified.certificateId}/transition`,
        { to: "revoked", reason: "抽检不合格" },
        admin
      )
      const after = await buy(member, [certified.variantId])
      const [later] = await waitForEntries(after, 1)
      expect(later).toMatchObject({ counted: false, not_counted_reason: "not_certified", certificates: [] })
      expect((await entriesOf(before))[0]).toEqual(sold)
    })

    it("reconciles with the orders: zero difference, then a lost order found and repaired by appending", async () => {
      const kept = await buy(member, [certified.variantId, uncertified.variantId])
      await waitForEntries(kept, 2)
      const canceled = await buy(member, [certified.variantId])
      await waitForEntries(canceled, 1)
      await api.post(`/admin/orders/${canceled}/cancel`, {}, admin)
      await waitForEntries(canceled, 2)
      expect((await api.post("/admin/ledger/reconcile", {}, admin)).data).toEqual({
        orders: 2,
        repaired: false,
        differences: [],
        orphan_orders: [],
        orders_without_parts: [],
      })

      // the newest order's entries never made it (a lost event): the chain alone cannot tell a missing tail
      const lost = await buy(member, [certified.variantId])
      const [entry] = await waitForEntries(lost, 1)
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await db.raw("delete from ledger_entry where order_id = ?", [lost])
      await db.raw("delete from supplier_part where order_id = ?", [lost])
      expect((await api.get("/admin/ledger/verify", admin)).data.ok).toBe(true)
      const report = (await api.post("/admin/ledger/reconcile", {}, admin)).data
      expect(report.differences).toEqual([
        {
          month: entry.month,
          unit_id: entry.unit_id,
          unit_name: "慈溪市商务局",
          county_code: "513429",
          entries: 1,
          amount_fen: 6_990,
          counted_amount_fen: 6_990,
        },
      ])
      expect(report.orders_without_parts).toEqual([lost])
      expect((await entriesOf(lost)).length, "reporting writes nothing").toBe(0)
      expect((await api.post("/admin/ledger/reconcile", { repair: true }, admin)).data.differences).toHaveLength(1)
      expect((await api.post("/admin/ledger/reconcile", {}, admin)).data.differences).toEqual([])
      expect((await entriesOf(lost))[0]).toMatchObject({ entry_key: entry.entry_key, amount_fen: 6_990, counted: true })
      expect(
        (await api.get("/supplier/orders", supplierHeaders)).data.orders.map((o: { order_id: string }) => o.order_id),
        "the repair split the order for its supplier again"
      ).toContain(lost)
      expect((await api.get("/admin/ledger/verify", admin)).data.ok).toBe(true)
      expect((await api.post("/admin/ledger/reconcile", { repair: "yes" }, admin).catch(failure)).status).toBe(400)
    })

    it("gives each office the statistics of its own jurisdiction subtree only, from rollups kept with the ledger", async () => {
      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const songjiang = await officeHeaders(api, admin, "hezuo@songjiang.example", "松江区合作交流办", "310117")
      const duplicate = await api
        .post(
          "/admin/offices",
          {
            email: "duikou@ningbo.example",
            password: "office-password-1",
            name: "x",
            office_name: "x",
            office_type: "commerce",
            jurisdiction_code: "330200",
          },
          admin
        )
        .catch(failure)
      expect(duplicate.status).toBe(422)
      const created = await api.post(
        "/admin/offices?fields=id,email,jurisdiction_code",
        {
          email: "shangwu@songjiang.example",
          password: "office-password-1",
          name: "办事员",
          office_name: "松江区商务委",
          office_type: "commerce",
          jurisdiction_code: "310117",
        },
        admin
      )
      expect(created.data.office).toEqual({
        id: expect.any(String),
        email: "shangwu@songjiang.example",
        jurisdiction_code: "310117",
      })

      const orderId = await buy(member, [certified.variantId, uncertified.variantId])
      await waitForEntries(orderId, 2)
      const stats = (headers: Headers, query: string) => api.get(`/office/stats?${query}`, headers).catch(failure)

      const byCounty = await stats(ningbo, "group_by=month,county")
      const [month] = (await entriesOf(orderId)).map((e) => e.month)
      expect(byCounty.data.rows).toEqual([
        {
          month,
          county: "513429",
          counted_amount_fen: 6_990,
          uncounted_amount_fen: 6_990,
          completed_amount_fen: 0,
          quantity: 2,
          lines: 2,
        },
      ])
      const why = await stats(ningbo, "group_by=not_counted_reason&counted=false")
      expect(why.data.rows).toEqual([
        {
          not_counted_reason: "not_certified",
          counted_amount_fen: 0,
          uncounted_amount_fen: 6_990,
          completed_amount_fen: 0,
          quantity: 1,
          lines: 1,
        },
      ])
      expect((await stats(ningbo, "group_by=poverty_exit&poverty_exit=true")).data.rows).toEqual([
        {
          poverty_exit: true,
          counted_amount_fen: 6_990,
          uncounted_amount_fen: 6_990,
          completed_amount_fen: 0,
          quantity: 2,
          lines: 2,
        },
      ])
      expect((await stats(ningbo, "group_by=unit_type,channel,funding&jurisdiction=330282")).data.rows).toEqual([
        {
          unit_type: "party_government",
          channel: "personal",
          funding: "personal",
          counted_amount_fen: 6_990,
          uncounted_amount_fen: 6_990,
          completed_amount_fen: 0,
          quantity: 2,
          lines: 2,
        },
      ])

      // the rows behind the figures: 宁波's own, filtered as its overview groups them, without the buyer's id
      const ledgerOf = (headers: Headers, query = "") => api.get(`/office/ledger?${query}`, headers).catch(failure)
      const mine = await ledgerOf(ningbo, `month=${byCounty.data.rows[0].month}&county=513429`)
      expect(mine.data.count).toBe(2)
      expect(mine.data.entries[0]).toMatchObject({ order_id: orderId, county_code: "513429", hash: expect.any(String) })
      expect(mine.data.entries[0]).not.toHaveProperty("customer_id")
      const notCertified = (await ledgerOf(ningbo, "counted=false&not_counted_reason=not_certified")).data
      expect(notCertified.entries.map((e: Entry) => e.not_counted_reason)).toEqual(["not_certified"])
      expect(JSON.stringify((await ledgerOf(ningbo, "fields=+customer_id")).data)).not.toContain("customer_id")
      expect((await ledgerOf(ningbo, "county=51")).data.message).toContain("county: 应为6位")
      expect((await ledgerOf(songjiang)).data.count, "松江 sees none of 宁波's rows").toBe(0)

      // 松江 sees nothing of 宁波's, and may not ask for it
      expect((await stats(songjiang, "group_by=county")).data.rows).toEqual([])
      const outside = await stats(songjiang, "group_by=county&jurisdiction=330282")
      expect(outside.status).toBe(403)
      expect(outside.data.message).toBe("jurisdiction: 330282 不在本办公室的辖区内")
      expect((await stats(ningbo, "group_by=county,secret_column")).status).toBe(400)
      expect((await stats(ningbo, "group_by=county,secret_column")).data.message).toContain("未知的维度 secret_column")
      expect((await stats(ningbo, "from=2026-10&to=2026-01")).data.message).toContain("结束月份不能早于开始月份")
      for (const headers of [member, admin, { headers: {} }])
        expect((await stats(headers, "group_by=county")).status).toBe(401)

      // the 台账 export: the subtree's rows with Chinese headers, totals matching the statistics
      const csv = (await api.get("/office/exports/ledger", ningbo)).data as string
      const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[]
      expect(
        rows.map((r) => [r["商品"], r["金额（元）"], r["是否计入"], r["不计入原因"], r["渠道"], r["采购单位"]]).sort()
      ).toEqual(
        [
          ["布拖土豆", "69.90", "不计入", "交易日无有效认定", "个人消费", "慈溪市商务局"],
          ["布拖苦荞茶", "69.90", "计入", "", "个人消费", "慈溪市商务局"],
        ].sort()
      )
      expect(rows[0]["产地县"]).toBe("布拖县")
      const counted = rows.find((r) => r["是否计入"] === "计入")!
      for (const column of ["有效认定", "对口关系", "单位类型"])
        expect(counted[column], column).toMatch(/[\u4e00-\u9fa5A-Z]/)
      expect(counted["哈希"]).toMatch(/^[0-9a-f]{16,}$/)
      const bytes = (await api.get("/office/exports/ledger", { ...ningbo, responseType: "arraybuffer" }))
        .data as ArrayBuffer
      expect([...new Uint8Array(bytes).slice(0, 3)], "a UTF-8 BOM, so spreadsheets read the Chinese").toEqual([
        0xef, 0xbb, 0xbf,
      ])
      expect(((await api.get("/office/exports/ledger", songjiang)).data as string).replace(/^\uFEFF/, "").trim()).toBe(
        `序号,记账日期,类型,订单号,商品,规格,数量,金额（元）,供应商,产地县代码,产地县,脱贫县,有效认定,采购单位,单位类型,考核辖区,渠道,资金性质,对口关系,是否计入,不计入原因,支付凭证,物流单号,发票号码,合同编号,哈希`
      )

      // the XLSX, read by another library than the one that wrote it, holds the CSV's every cell in the same place
      const xlsx = (await api.get("/office/exports/ledger?format=xlsx", { ...ningbo, responseType: "arraybuffer" }))
        .data as ArrayBuffer
      const sheet = XLSX.read(new Uint8Array(xlsx), { type: "array" }).Sheets["台账"]
      const cells = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: "" })
      const csvCells = parse(csv.replace(/^\uFEFF/, "")) as string[][]
      expect(cells.map((row) => row.length)).toEqual(csvCells.map((row) => row.length))
      const amount = csvCells[0].indexOf("金额（元）")
      expect(
        cells.map((row) =>
          row.map((cell, i) => (i === amount && typeof cell === "number" ? cell.toFixed(2) : String(cell)))
        )
      ).toEqual(csvCells)
      expect(typeof cells[1][amount], "amounts are numbers, so the spreadsheet's totals add up").toBe("number")
      expect((await api.get("/office/exports/ledger?format=pdf", ningbo).catch(failure)).status).toBe(400)

      // the 月报: by month and origin, counted beside uncounted
      const monthly = (await api.get(`/office/exports/monthly?year=${month.slice(0, 4)}`, ningbo)).data as string
      expect(parse(monthly.replace(/^\uFEFF/, ""), { columns: true })).toEqual([
        {
          月份: month,
          产地省: "四川省",
          "产地市（州）": "凉山彝族自治州",
          产地县: "布拖县",
          脱贫县: "是",
          渠道: "个人消费",
          资金性质: "个人",
          "计入统计金额（元）": "69.90",
          "其中已完成（元）": "0.00",
          "未计入金额（元）": "69.90",
          数量: "2",
          笔数: "2",
        },
      ])
      expect((await api.get("/office/exports/monthly", ningbo).catch(failure)).status).toBe(400)

      // a cancellation lowers the sums; the rollup always equals the ledger
      await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
      await waitForEntries(orderId, 4)
      expect((await stats(ningbo, "")).data.rows).toEqual([
        { counted_amount_fen: 0, uncounted_amount_fen: 0, completed_amount_fen: 0, quantity: 0, lines: 2 },
      ])
    })

    it("tracks targets for offices and units, with a projection to year end, each seeing only its own", async () => {
      const year = Number(
        new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date())
      )
      await api.post(`/admin/units/${unitId}/bases`, { year, canteen_total_fen: 1_000_000 }, admin)
      const officer = await customerHeaders(api, shop.store, "officer@cixi.example")
      await api.post(
        `/admin/units/${unitId}/members`,
        { email: "officer@cixi.example", role: "procurement_officer" },
        admin
      )
      const canteen = {
        name: "预算单位食堂采购脱贫地区农副产品不低于10%",
        year,
        jurisdiction_code: "330200",
        scope: "unit_type",
        unit_types: ["party_government", "public_institution", "school", "hospital"],
        metric: "share_of_canteen",
        rate_bp: 1_000,
        poverty_only: true,
        channels: ["canteen"],
      }
      expect((await api.post("/admin/targets", canteen, admin)).status).toBe(201)
      await api.post(
        "/admin/targets",
        {
          name: "宁波市全年消费帮扶不低于1亿元",
          year,
          jurisdiction_code: "330200",
          scope: "jurisdiction",
          metric: "amount",
          threshold_fen: 10_000_000_000,
        },
        admin
      )
      const wrong = await api.post("/admin/targets", { ...canteen, scope: "jurisdiction" }, admin).catch(failure)
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toContain("辖区目标只能是金额")

      const cart = await cartReady(api, shop, officer, [certified.variantId, uncertified.variantId])
      await api.post(
        `/store/carts/${cart}/purchase-intent`,
        { unit_id: unitId, channel: "canteen", funding: "budget" },
        officer
      )
      const canteenOrder = (await payAndComplete(api, officer, cart)).data.order.id
      await waitForEntries(canteenOrder, 2)
      await waitForEntries(await buy(member, [certified.variantId]), 1) // a personal purchase: counts for the total, not the canteen

      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const songjiang = await officeHeaders(api, admin, "hezuo@songjiang.example", "松江区合作交流办", "310117")

      const { data } = await api.get(`/office/targets?year=${year}`, ningbo)
      const total = data.targets.find((t: { scope: string }) => t.scope === "jurisdiction")
      expect(total.total).toMatchObject({
        required_fen: 10_000_000_000,
        achieved_fen: 13_980,
        remaining_fen: 10_000_000_000 - 13_980,
        on_track: false,
      })
      expect(total.total.projected_fen).toBe(Math.round(13_980 / total.elapsed))
      const perUnit = data.targets.find((t: { scope: string }) => t.scope === "unit_type")
      expect(perUnit.units).toEqual([
        expect.objectContaining({
          unit_id: unitId,
          unit_name: "慈溪市商务局",
          base_fen: 1_000_000,
          required_fen: 100_000,
          achieved_fen: 6_990,
          remaining_fen: 93_010,
        }),
      ])

      // the unit sees its own line; another unit's people, another office and anonymous callers see nothing of it
      const own = await api.get(`/store/units/${unitId}/targets`, member)
      expect(own.data.targets).toEqual([
        expect.objectContaining({
          name: canteen.name,
          progress: expect.objectContaining({ achieved_fen: 6_990, required_fen: 100_000 }),
        }),
      ])
      const other = await cixiUnit(api, admin, 2, "慈溪市教育局")
      const stranger = await customerHeaders(api, shop.store, "teacher@cixi.example")
      await addMember(api, admin, other, "teacher@cixi.example", "unit_admin")
      expect((await api.get(`/store/units/${unitId}/targets`, stranger).catch(failure)).status).toBe(403)
      expect((await api.get(`/store/units/${unitId}/targets`, shop.store).catch(failure)).status).toBe(401)
      expect((await api.get(`/office/targets`, songjiang)).data.targets).toEqual([])
      const elsewhere = await api.post("/office/targets", { ...canteen, name: "越界" }, songjiang).catch(failure)
      expect(elsewhere.status).toBe(403)

      // the office changes its own target's figures; another office cannot reach it, nonsense is refused
      const raised = await api.post(`/office/targets/${total.id}`, { threshold_fen: 20_000_000_000 }, ningbo)
      expect(Number(raised.data.target.threshold_fen)).toBe(20_000_000_000)
      const update = (id: string, body: Record<string, unknown>, headers: Headers) =>
        api.post(`/office/targets/${id}`, body, headers).catch(failure)
      expect((await update(total.id, { threshold_fen: 1 }, songjiang)).status).toBe(404)
      const badRate = await update(perUnit.id, { rate_bp: 20_000 }, ningbo)
      expect([badRate.status, badRate.data.message]).toEqual([400, expect.stringContaining("rate_bp: 应为1–10000")])
      const cleared = await update(total.id, { threshold_fen: null }, ningbo)
      expect([cleared.status, cleared.data.message]).toEqual([400, "threshold_fen: 金额目标须给出金额（分）"])
      expect((await update(total.id, {}, ningbo)).status).toBe(400)
      const after = (await api.get(`/office/targets?year=${year}`, ningbo)).data.targets
      expect(after.find((t: { id: string }) => t.id === total.id).total.required_fen).toBe(20_000_000_000)
    })

    it("counts an off-platform purchase once the unit's office verifies it, and refuses invoices already claimed", async () => {
      const officer = await customerHeaders(api, shop.store, "officer@cixi.example")
      await api.post(
        `/admin/units/${unitId}/members`,
        { email: "officer@cixi.example", role: "procurement_officer" },
        admin
      )
      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const songjiang = await officeHeaders(api, admin, "hezuo@songjiang.example", "松江区合作交流办", "310117")
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())
      const entry = (overrides: Record<string, unknown> = {}) => ({
        supplier_name: "布拖县乐安苦荞专业合作社",
        description: "消费帮扶展销会采购苦荞茶",
        county_code: "513429",
        amount_fen: 500_000,
        purchase_date: today,
        purchase_type: "direct",
        channel: "canteen",
        funding: "budget",
        invoice_numbers: ["44001234"],
        ...overrides,
      })
      const register = (headers: Headers, body: Record<string, unknown>) =>
        api.post(`/store/units/${unitId}/offline-purchases`, body, headers).catch(failure)

      expect((await register(member, entry())).status, "a plain member does not register unit purchases").toBe(403)
      expect((await register(officer, entry({ purchase_date: "2099-01-01" }))).data.message).toMatch(/^purchase_date:/)
      expect((await register(officer, entry({ amount_fen: -5 }))).status).toBe(400)
      const { data } = await register(officer, entry())
      const id = data.offline_purchase.id
      expect(data.offline_purchase).toMatchObject({
        status: "pending",
        unit_name: "慈溪市商务局",
        jurisdiction_code: "330282",
      })
      const twice = await register(officer, entry({ invoice_numbers: ["44009999", "44001234"] }))
      expect(twice.status).toBe(422)
      expect(twice.data.message).toBe(`invoice_numbers: 发票 44001234 已登记过（本单位的登记 ${id}），不能重复计入`)
      // another unit learns that the invoice is taken, not whose entry holds it
      const neighbour = await neighbourWithOfficer()
      const neighbourOfficer = neighbour.officer
      const elsewhere = await api
        .post(`/store/units/${neighbour.id}/offline-purchases`, entry(), neighbourOfficer)
        .catch(failure)
      expect(elsewhere.data.message).toBe("invoice_numbers: 发票 44001234 已登记过（其他单位的登记），不能重复计入")

      // an invoice of a platform order cannot be registered again as an off-platform purchase
      const orderId = await buy(member, [certified.variantId])
      await waitForEntries(orderId, 1)
      const part = (await api.get("/supplier/orders", supplierHeaders)).data.orders.find(
        (o: { order_id: string }) => o.order_id === orderId
      )
      await api.post(`/supplier/orders/${part.id}/invoice`, { invoice_number: "55001234" }, supplierHeaders)
      const onPlatform = await register(officer, entry({ invoice_numbers: ["55001234"] }))
      expect(onPlatform.status).toBe(422)
      expect(onPlatform.data.message).toBe(
        "invoice_numbers: 发票 55001234 属于平台订单，平台内采购已自动计入，不能再作为平台外采购登记"
      )

      // the 台账 shows the evidence the supplier recorded after the sale
      await api.post(
        `/supplier/orders/${part.id}/shipment`,
        { carrier: "sf", tracking_number: "SF5550001234" },
        supplierHeaders
      )
      expect(await ledgerRowWhen(ningbo, (r) => r["发票号码"] === "55001234" && !!r["物流单号"])).toMatchObject({
        物流单号: "顺丰速运 SF5550001234",
        合同编号: "",
      })

      // only an office above the unit sees and decides it
      expect((await api.get("/office/offline-purchases?status=pending", songjiang)).data.offline_purchases).toEqual([])
      const foreign = await api
        .post(`/office/offline-purchases/${id}/decision`, { action: "verify" }, songjiang)
        .catch(failure)
      expect(foreign.status).toBe(404)
      expect((await api.get(`/admin/ledger?order_id=${id}`, admin)).data.entries).toEqual([])
      expect(
        (await api.get("/office/offline-purchases?status=pending", ningbo)).data.offline_purchases.map(
          (p: { id: string }) => p.id
        )
      ).toEqual([id])
      expect(
        (await api.post(`/office/offline-purchases/${id}/decision`, { action: "reject" }, ningbo).catch(failure)).status
      ).toBe(400)
      await api.post(`/office/offline-purchases/${id}/decision`, { action: "verify" }, ningbo)
      const [row] = await waitForEntries(id, 1)
      expect(row).toMatchObject({
        kind: "offline",
        purchase_type: "direct",
        amount_fen: 500_000,
        counted: true,
        pairing_types: ["east_west"],
        unit_name: "慈溪市商务局",
      })
      const again = await api
        .post(`/office/offline-purchases/${id}/decision`, { action: "verify" }, ningbo)
        .catch(failure)
      expect(again.status).toBe(400)
      const stats = (await api.get("/office/stats?group_by=purchase_type,channel&counted=true", ningbo)).data.rows
      expect(stats).toContainEqual({
        purchase_type: "direct",
        channel: "canteen",
        counted_amount_fen: 500_000,
        uncounted_amount_fen: 0,
        completed_amount_fen: 500_000,
        quantity: 1,
        lines: 1,
      })
      expect((await api.get("/admin/ledger/verify", admin)).data.ok).toBe(true)
    })

    it("flags every planted double count and a counted row whose certificate was not valid", async () => {
      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const songjiang = await officeHeaders(api, admin, "hezuo@songjiang.example", "松江区合作交流办", "310117")
      const checks = async (headers: Headers) =>
        (await api.get("/office/checks", headers)).data.findings as {
          check: string
          entry_keys: string[]
          offline_purchase_ids: string[]
        }[]
      const [sale] = await waitForEntries(await buy(member, [certified.variantId]), 1)
      expect(await checks(ningbo), "a clean ledger has no findings").toEqual([])

      // the unit's officer and the unit's union each register purchases
      const officer = await customerHeaders(api, shop.store, "officer@cixi.example")
      await api.post(
        `/admin/units/${unitId}/members`,
        { email: "officer@cixi.example", role: "procurement_officer" },
        admin
      )
      const union = (
        await api.post(
          "/admin/units",
          {
            name: "慈溪市商务局工会",
            uscc: uscc(3, "330282", "81"),
            type: "union",
            jurisdiction_code: "330282",
            parent_id: unitId,
          },
          admin
        )
      ).data.unit
      const unionOfficer = await customerHeaders(api, shop.store, "union@cixi.example")
      await api.post(`/admin/units/${union.id}/members`, { email: "union@cixi.example", role: "union_officer" }, admin)
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())
      const register = async (headers: Headers, unit: string, body: Record<string, unknown>) =>
        (
          await api.post(
            `/store/units/${unit}/offline-purchases`,
            {
              supplier_name: "布拖县乐安苦荞专业合作社",
              description: "苦荞茶",
              county_code: "513429",
              purchase_date: today,
              purchase_type: "direct",
              channel: "holiday_gift",
              funding: "union",
              ...body,
            },
            headers
          )
        ).data.offline_purchase.id as string
      // planted: the platform sale registered again as an off-platform purchase (another invoice)
      const copyOfSale = await register(officer, unitId, {
        amount_fen: sale.amount_fen,
        channel: "canteen",
        funding: "budget",
        invoice_numbers: ["66000001"],
      })
      // planted: a two-line platform purchase registered again as one amount, the supplier's name written otherwise
      const twoLines = (
        await payAndComplete(
          api,
          member,
          await cartReady(api, shop, member, [certified.variantId, uncertified.variantId], 2)
        )
      ).data.order.id as string
      const partLines = await waitForEntries(twoLines, 2)
      const copyOfPart = await register(officer, unitId, {
        supplier_name: "布拖县乐安苦荞专业合作社（凉山）",
        supplier_uscc: cooperativeUscc(1),
        amount_fen: partLines.reduce((sum, e) => sum + e.amount_fen, 0),
        channel: "office",
        funding: "budget",
        invoice_numbers: ["66000006"],
      })
      // planted: the union's holiday gifts, reported again by its unit
      const byUnion = await register(unionOfficer, union.id, { amount_fen: 300_000, invoice_numbers: ["66000002"] })
      const byUnit = await register(officer, unitId, {
        amount_fen: 300_000,
        channel: "office",
        funding: "budget",
        invoice_numbers: ["66000003"],
      })
      // planted: the sale's certificate history rewritten so it was not yet valid when the sale was counted
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await db.raw(
        "update certificate_event set occurred_at = now() + interval '1 day' where certificate_id = ? and to_status = 'valid'",
        [certified.certificateId]
      )
      // planted past registration's refusal, straight into the table: one invoice claimed by two entries,
      // and the platform order's invoice claimed again off the platform
      await db.raw(`update offline_purchase set invoice_numbers = array['66000002'] where id = ?`, [byUnit])
      const part = (await api.get("/supplier/orders", supplierHeaders)).data.orders.find(
        (o: { order_id: string }) => o.order_id === sale.order_id
      )
      await api.post(`/supplier/orders/${part.id}/invoice`, { invoice_number: "55000001" }, supplierHeaders)
      await db.raw(`update offline_purchase set invoice_numbers = array['55000001'] where id = ?`, [copyOfSale])
      // planted: a canteen the unit shares with its neighbour, the same purchase counted by both
      const neighbour = await neighbourWithOfficer()
      const neighbourOfficer = neighbour.officer
      const canteen = { amount_fen: 120_000, channel: "canteen", funding: "budget" }
      const ours = await register(officer, unitId, { ...canteen, invoice_numbers: ["66000004"] })
      const theirs = await register(neighbourOfficer, neighbour.id, { ...canteen, invoice_numbers: ["66000005"] })

      const findings = await checks(ningbo)
      expect(findings.map((f) => f.check).sort()).toEqual([
        "counted_without_valid_certificate",
        "counted_without_valid_certificate",
        "invoice_counted_twice",
        "invoice_counted_twice",
        "offline_matches_platform_sale",
        "offline_matches_platform_sale",
        "shared_canteen_counted_twice",
        "union_purchase_also_reported_by_unit",
      ])
      const found = (check: string) =>
        findings
          .filter((f) => f.check === check)
          .map((f) => ({ entry_keys: f.entry_keys, offline_purchase_ids: [...f.offline_purchase_ids].sort() }))
      expect(found("offline_matches_platform_sale")).toHaveLength(2)
      expect(found("offline_matches_platform_sale")).toEqual(
        expect.arrayContaining([
          { entry_keys: [sale.entry_key], offline_purchase_ids: [copyOfSale] },
          { entry_keys: expect.arrayContaining(partLines.map((e) => e.entry_key)), offline_purchase_ids: [copyOfPart] },
        ])
      )
      expect(found("union_purchase_also_reported_by_unit")).toEqual([
        { entry_keys: [], offline_purchase_ids: [byUnion, byUnit].sort() },
      ])
      expect(found("invoice_counted_twice")).toEqual(
        expect.arrayContaining([
          { entry_keys: [], offline_purchase_ids: [byUnion, byUnit].sort() },
          { entry_keys: [sale.entry_key], offline_purchase_ids: [copyOfSale] },
        ])
      )
      expect(found("shared_canteen_counted_twice")).toEqual([
        { entry_keys: [], offline_purchase_ids: [ours, theirs].sort() },
      ])
      const certifiedLine = partLines.find((e) => e.counted)!
      expect(found("counted_without_valid_certificate")).toHaveLength(2)
      expect(found("counted_without_valid_certificate")).toEqual(
        expect.arrayContaining([
          { entry_keys: [sale.entry_key], offline_purchase_ids: [] },
          { entry_keys: [certifiedLine.entry_key], offline_purchase_ids: [] },
        ])
      )
      expect(await checks(songjiang), "another office sees none of it").toEqual([])

      // the office works the list: a decision with its note, then a changed mind; both kept, the latest stands
      const { data: listed } = await api.get("/office/checks", ningbo)
      expect(listed.summary).toEqual({ open: 8, confirmed: 0, false_positive: 0, resolved: 0 })
      const canteenFinding = listed.findings.find((f: { check: string }) => f.check === "shared_canteen_counted_twice")
      const decide = (key: string, body: Record<string, unknown>, headers: Headers) =>
        api.post(`/office/checks/${key}/decisions`, body, headers).catch(failure)
      expect(
        (await decide(canteenFinding.key, { decision: "false_positive", note: "两单位各自的食堂" }, ningbo)).status
      ).toBe(201)
      expect((await decide(canteenFinding.key, { decision: "resolved", note: "已与两单位核对" }, ningbo)).status).toBe(
        201
      )
      const again = (await api.get("/office/checks", ningbo)).data
      expect(again.summary).toEqual({ open: 7, confirmed: 0, false_positive: 0, resolved: 1 })
      expect(
        again.findings
          .find((f: { key: string }) => f.key === canteenFinding.key)
          .decisions.map((d: { decision: string; note: string; office_name: string }) => [
            d.decision,
            d.note,
            d.office_name,
          ])
      ).toEqual([
        ["resolved", "已与两单位核对", "宁波市对口支援办"],
        ["false_positive", "两单位各自的食堂", "宁波市对口支援办"],
      ])
      // no note, an unknown decision, another office's finding, a key that never was: refused, nothing written
      const noNote = await decide(canteenFinding.key, { decision: "confirmed", note: " " }, ningbo)
      expect([noNote.status, noNote.data.message]).toEqual([400, expect.stringContaining("note: ")])
      expect((await decide(canteenFinding.key, { decision: "ok", note: "好的" }, ningbo)).status).toBe(400)
      const outside = await decide(canteenFinding.key, { decision: "confirmed", note: "越界核实" }, songjiang)
      expect([outside.status, outside.data.message]).toEqual([404, "finding_key: 该疑点不在本辖区内或已不存在"])
      expect((await decide("0".repeat(32), { decision: "confirmed", note: "没有这条" }, ningbo)).status).toBe(404)
      expect((await decide(canteenFinding.key, { decision: "confirmed", note: "顾客" }, member)).status).toBe(401)
      expect((await api.get("/office/checks", ningbo)).data.summary.resolved).toBe(1)
    })

    it("opens a sale's private invoice and certificate evidence to the office it counts for, and to no other", async () => {
      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const songjiang = await officeHeaders(api, admin, "hezuo@songjiang.example", "松江区合作交流办", "310117")
      const upload = async (purpose: string, filename: string) =>
        (
          await api.post(
            "/supplier/uploads",
            {
              purpose,
              files: [
                { filename, mime_type: "application/pdf", content_base64: Buffer.from(filename).toString("base64") },
              ],
            },
            supplierHeaders
          )
        ).data.files[0] as { id: string; url: string; name: string }
      const evidence = await upload("evidence", "认定书.pdf")
      const unsold = await upload("evidence", "另一认定书.pdf")
      const application = (number: string, files: unknown[]) => ({
        type: "green_food",
        number,
        issuer: "中国绿色食品发展中心",
        issuer_level: "national",
        valid_from: "2026-01-01",
        valid_to: "2028-12-31",
        evidence: files,
      })
      await api.post(
        `/supplier/products/${uncertified.productId}/certificates`,
        application("LB-1", [evidence]),
        supplierHeaders
      )
      const spare = await listProduct(api, supplierHeaders, "布拖荞麦面")
      await api.post(
        `/supplier/products/${spare.productId}/certificates`,
        application("LB-2", [unsold]),
        supplierHeaders
      )

      // a 慈溪 member buys the potatoes; the cooperative ships and records the invoice with its PDF
      const orderId = await buy(member, [uncertified.variantId])
      await waitForEntries(orderId, 1)
      const part = (await api.get("/supplier/orders", supplierHeaders)).data.orders.find(
        (o: { order_id: string }) => o.order_id === orderId
      )
      await api.post(
        `/supplier/orders/${part.id}/shipment`,
        { carrier: "jt", tracking_number: "JT0012345678" },
        supplierHeaders
      )
      const invoice = await upload("invoice", "发票.pdf")
      await api.post(
        `/supplier/orders/${part.id}/invoice`,
        { invoice_number: "33000001", invoice_file: invoice },
        supplierHeaders
      )

      const status = async (id: string, headers: Headers) =>
        (await api.get(`/office/files/${id}`, headers).catch(failure)).status
      // 慈溪 lies under 宁波: its office opens the invoice and the evidence behind the sale
      const opened = await api.get(`/office/files/${invoice.id}`, ningbo)
      expect([opened.status, String(opened.data), opened.headers["cache-control"]]).toEqual([
        200,
        "发票.pdf",
        "private, no-store",
      ])
      expect(await status(evidence.id, ningbo)).toBe(200)
      // nothing sold under that certificate, another jurisdiction, the wrong actor: as if there were no file
      expect(await status(unsold.id, ningbo)).toBe(404)
      expect(await status(invoice.id, songjiang)).toBe(404)
      expect(await status(evidence.id, songjiang)).toBe(404)
      expect(await status("nope", ningbo)).toBe(404)
      expect(await status(invoice.id, supplierHeaders)).toBe(401)
      expect(await status(invoice.id, member)).toBe(401)

      // the row's detail: its order, the part's evidence and completion, the files behind it, its place in the chain
      const [row] = await waitForEntries(orderId, 1)
      const rowId = String(row.id)
      const { data: detail } = await api.get(`/office/ledger/${rowId}`, ningbo)
      expect(detail.entry).toMatchObject({ id: rowId, order_id: orderId, unit_name: "慈溪市商务局" })
      expect(detail.entry.customer_id, "the unit stands for the buyer").toBeUndefined()
      expect(detail.order_lines.map((l: { id: string }) => l.id)).toEqual([rowId])
      expect(detail.evidence).toEqual({
        carrier: "极兔速递",
        tracking_number: "JT0012345678",
        invoice_number: "33000001",
      })
      expect(detail.completion, "the system provider only authorises: nothing is paid, accepted or rated yet").toEqual(
        []
      )
      // the potatoes' certificate is only applied for, not valid at the sale: its evidence is not this row's
      expect(detail.files.map((f: { id: string; purpose: string }) => [f.id, f.purpose])).toEqual([
        [invoice.id, "invoice"],
      ])
      expect(detail.chain).toMatchObject({ seq: row.seq, hash: row.hash, intact: true })
      const detailStatus = async (id: string, headers: Headers) =>
        (await api.get(`/office/ledger/${id}`, headers).catch(failure)).status
      expect(await detailStatus(rowId, songjiang)).toBe(404)
      expect(await detailStatus("led_nope", ningbo)).toBe(404)
      expect(await detailStatus(rowId, supplierHeaders)).toBe(401)
      // a row edited in SQL shows as no longer matching its hash
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw("update ledger_entry set amount_fen = amount_fen + 1 where id = ?", [rowId])
      expect((await api.get(`/office/ledger/${rowId}`, ningbo)).data.chain.intact).toBe(false)
    })

    it("tracks 832 completion beside the ledger: paid, delivered, accepted, rated, and reports placed and completed amounts", async () => {
      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const orderId = await buy(member, [certified.variantId])
      const [sale] = await waitForEntries(orderId, 1)
      const part = (await api.get("/supplier/orders", supplierHeaders)).data.orders.find(
        (o: { order_id: string }) => o.order_id === orderId
      )
      const accept = (headers: Headers) =>
        api.post(`/store/orders/${orderId}/parts/${part.id}/acceptance`, {}, headers).catch(failure)
      const rate = (body: Record<string, unknown>, headers = member) =>
        api.post(`/store/orders/${orderId}/parts/${part.id}/rating`, body, headers).catch(failure)

      const early = await accept(member)
      expect(early.status).toBe(400)
      expect(early.data.message).toBe("供应商尚未发货，收到货后才能验收和评价")
      await api.post(
        `/supplier/orders/${part.id}/shipment`,
        { carrier: "sf", tracking_number: "SF1234567891" },
        supplierHeaders
      )
      expect((await rate({ rating: 5 })).data.message, "rating waits for acceptance").toBe("请先验收，再评价")
      const stranger = await customerHeaders(api, shop.store, "stranger@example.com")
      expect((await accept(stranger)).status, "only the buyer accepts").toBe(404)
      expect((await api.get(`/store/orders/${orderId}/completion`, stranger).catch(failure)).status).toBe(404)

      // the admin captures the payment; the buyer accepts (confirming delivery) and rates
      const { data: admined } = await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`, admin)
      await api.post(`/admin/payments/${admined.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
      expect((await accept(member)).status).toBe(200)
      expect((await accept(member)).status, "accepting again changes nothing").toBe(200)
      expect((await rate({ rating: 6 })).data.message).toContain("rating 应为1–5的整数")
      expect((await rate({ rating: 4, comment: "苦荞茶很香", stars: 5 })).status).toBe(400)
      const rated = await rate({ rating: 4, comment: "苦荞茶很香" })
      expect(rated.data.completion.parts[0]).toMatchObject({
        part_id: part.id,
        rating: 4,
        comment: "苦荞茶很香",
        accepted_at: expect.any(String),
        rated_at: expect.any(String),
      })
      expect((await rate({ rating: 1 })).data.message, "a rating is never rewritten").toBe(
        "这部分订单已经评价过，评价不能修改"
      )

      // payment and delivery arrive as Medusa events, recorded by subscribers
      let completion:
        { paid_at: string | null; parts: { complete: boolean; delivered_at: string | null }[] } | undefined
      for (let i = 0; i < 60 && !completion?.parts[0].complete; i++, await sleep(100))
        completion = (await api.get(`/store/orders/${orderId}/completion`, member)).data.completion
      expect(completion).toMatchObject({
        paid_at: expect.any(String),
        parts: [{ delivered_at: expect.any(String), complete: true }],
      })
      for (let i = 0; i < 3; i++)
        await emit(
          "delivery.created",
          (await api.get(`/admin/orders/${orderId}?fields=fulfillments.id`, admin)).data.order.fulfillments[0].id
        )
      await sleep(500)

      const placedOnly = await buy(member, [certified.variantId])
      await waitForEntries(placedOnly, 1)
      const byCounty = (await api.get("/office/stats?group_by=county", ningbo)).data
      expect(byCounty.names, "the chart labels its bars from the same answer").toEqual({ "513429": "布拖县" })
      expect(byCounty.rows).toEqual([
        {
          county: "513429",
          counted_amount_fen: 2 * sale.amount_fen,
          uncounted_amount_fen: 0,
          completed_amount_fen: sale.amount_fen,
          quantity: 2,
          lines: 2,
        },
      ])
      const monthly = parse(
        ((await api.get(`/office/exports/monthly?year=${sale.month.slice(0, 4)}`, ningbo)).data as string).replace(
          /^\uFEFF/,
          ""
        ),
        { columns: true }
      )
      expect(monthly).toEqual([
        expect.objectContaining({ "计入统计金额（元）": "139.80", "其中已完成（元）": "69.90" }),
      ])
      await api.post(`/supplier/orders/${part.id}/invoice`, { invoice_number: "77001234" }, supplierHeaders)
      const sold = await ledgerRowWhen(ningbo, (r) => r["序号"] === String(sale.seq) && !!r["发票号码"])
      expect(sold, "the 台账 shows the evidence known by now").toMatchObject({
        物流单号: "顺丰速运 SF1234567891",
        发票号码: "77001234",
      })

      // a refund after completion takes the amount back from placed and completed alike
      await returnOne(orderId, sale.order_item_id as string)
      await waitForEntries(orderId, 2)
      expect((await api.get("/office/stats?group_by=county", ningbo)).data.rows).toEqual([
        {
          county: "513429",
          counted_amount_fen: sale.amount_fen,
          uncounted_amount_fen: 0,
          completed_amount_fen: 0,
          quantity: 1,
          lines: 2,
        },
      ])
    })

    it("writes a long export in the background with its progress, for the office that asked only", async () => {
      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const songjiang = await officeHeaders(api, admin, "hezuo@songjiang.example", "松江区合作交流办", "310117")
      await waitForEntries(await buy(member, [certified.variantId, uncertified.variantId]), 2)

      const bad = await api.post("/office/export-jobs", { report: "monthly" }, ningbo).catch(failure)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("year: 月报需要年份")
      expect(
        (
          await api
            .post("/office/export-jobs", { report: "ledger", from: "2026-10", to: "2026-01" }, ningbo)
            .catch(failure)
        ).data.message
      ).toContain("结束月份不能早于开始月份")

      const { data, status } = await api.post("/office/export-jobs", { report: "ledger", format: "csv" }, ningbo)
      expect(status).toBe(202)
      const id = data.export_job.id
      let job = data.export_job
      for (let i = 0; i < 100 && job.status !== "done" && job.status !== "failed"; i++, await sleep(100))
        job = (await api.get(`/office/export-jobs/${id}`, ningbo)).data.export_job
      expect(job).toMatchObject({
        status: "done",
        total_rows: 2,
        written_rows: 2,
        percent: 100,
        download_url: `/office/export-jobs/${id}/download`,
        filename: expect.stringMatching(/^台账-宁波市对口支援办.*\.csv$/),
      })
      const file = (await api.get(job.download_url, ningbo)).data as string
      expect(file).toBe((await api.get("/office/exports/ledger", ningbo)).data)
      expect((await api.get("/office/export-jobs", ningbo)).data.export_jobs.map((j: { id: string }) => j.id)).toEqual([
        id,
      ])

      // another office neither sees the job nor downloads its file
      expect((await api.get(`/office/export-jobs/${id}`, songjiang).catch(failure)).status).toBe(404)
      expect((await api.get(job.download_url, songjiang).catch(failure)).status).toBe(404)
      expect((await api.get("/office/export-jobs", songjiang)).data.export_jobs).toEqual([])

      // a server stopped mid-export leaves its job running with half a file: it is written again, whole
      const cut = (await api.post("/office/export-jobs", { report: "ledger", format: "csv" }, ningbo)).data.export_job
        .id
      for (
        let i = 0;
        i < 100 && (await api.get(`/office/export-jobs/${cut}`, ningbo)).data.export_job.status !== "done";
        i++
      )
        await sleep(100)
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await db.raw(
        "update export_job set status = 'running', written_rows = 1, updated_at = now() - interval '10 minutes' where id = ?",
        [cut]
      )
      const [{ file_path }] = (await db.raw("select file_path from export_job where id = ?", [cut])).rows
      writeFileSync(file_path, "序号,记账日期\n1,")
      expect(
        await resumeInterruptedExports(getContainer(), new Date(Date.now() - 9 * 60_000)),
        "a job with progress in the last two minutes is left alone"
      ).toEqual([])
      expect(await resumeInterruptedExports(getContainer())).toEqual([cut])
      const resumed = (await api.get(`/office/export-jobs/${cut}`, ningbo)).data.export_job
      expect(resumed).toMatchObject({ status: "done", written_rows: 2 })
      expect((await api.get(resumed.download_url, ningbo)).data).toBe(file)
    })

    it("verify finds a row edited, deleted or inserted directly in SQL", async () => {
      const orderId = await buy(member, [certified.variantId, uncertified.variantId])
      await waitForEntries(orderId, 2)
      await waitForEntries(await buy(member, [certified.variantId]), 1)
      expect((await api.get("/admin/ledger/verify", admin)).data).toEqual({ ok: true, checked: 3, break: null })

      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await db.raw("update ledger_entry set amount_fen = amount_fen * 10 where seq = 2")
      expect((await api.get("/admin/ledger/verify", admin)).data).toMatchObject({
        ok: false,
        checked: 1,
        break: { seq: 2, problem: "altered" },
      })
      await db.raw("update ledger_entry set amount_fen = amount_fen / 10 where seq = 2")
      expect((await api.get("/admin/ledger/verify", admin)).data.ok).toBe(true)

      await db.raw("delete from ledger_entry where seq = 2")
      const deleted = (await api.get("/admin/ledger/verify", admin)).data
      expect(deleted).toMatchObject({ ok: false, break: { seq: 3, problem: "missing_before" } })
      expect(deleted.break.message).toBe("第2–2条台账记录缺失（被删除）")
    })

    it("appends rows in bulk after the chain's end: verify accepts them, the rollups hold them as appends would", async () => {
      const orderId = await buy(member, [certified.variantId, uncertified.variantId])
      const entries = await waitForEntries(orderId, 2)
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const totals = async () =>
        (
          await db.raw(`select
            (select coalesce(sum(amount_fen), 0)::int from ledger_entry) as ledger_amount,
            (select count(*)::int from ledger_entry where kind <> 'reversal') as ledger_lines,
            ${ROLLUPS.map((r) => `(select coalesce(sum(amount_fen), 0)::int from ${r.table}) as "${r.table}"`).join(", ")},
            (select coalesce(sum(lines), 0)::int from ledger_rollup) as rollup_lines,
            (select coalesce(sum(completed_fen), 0)::int from ledger_rollup) as completed`)
        ).rows[0] as Record<string, number>
      const before = await totals()

      // 500 copies of the two sales, every tenth taken back; a past day counts as completed, a recent one not
      const drafts = function* (firstSeq: number): Generator<EntryDraft> {
        for (let i = 0; i < 500; i++) {
          const sale = entries[i % 2] as unknown as EntryDraft
          const day = i % 2 ? "2025-03-10" : "2099-01-01"
          const draft = {
            ...sale,
            entry_key: `bulk:${firstSeq}:${i}`,
            order_id: `order_bulk_${i}`,
            order_item_id: `item_bulk_${i}`,
            occurred_at: new Date(`${day}T10:00:00+08:00`),
            day,
            month: day.slice(0, 7),
          }
          yield i % 10 === 9
            ? { ...draft, kind: "reversal", reverses_key: "x", quantity: -1, amount_fen: -sale.amount_fen }
            : draft
        }
      }
      const progress: number[] = []
      const cutoff = "2030-01-01"
      expect(await appendEntriesInBulk(getContainer(), drafts, { before: cutoff }, (n) => progress.push(n))).toBe(500)
      expect(progress.at(-1)).toBe(500)

      expect((await api.get("/admin/ledger/verify", admin)).data).toEqual({ ok: true, checked: 502, break: null })
      const after = await totals()
      const { rows: bulk } = await db.raw(
        `select sum(amount_fen)::int as amount, count(*) filter (where kind <> 'reversal')::int as lines,
                coalesce(sum(amount_fen) filter (where day < '${cutoff}'), 0)::int as completed
           from ledger_entry where entry_key like 'bulk:%'`
      )
      expect(after.ledger_amount).toBe(before.ledger_amount + bulk[0].amount)
      for (const rollup of ROLLUPS) expect(after[rollup.table], rollup.table).toBe(after.ledger_amount)
      expect(after.rollup_lines).toBe(after.ledger_lines)
      expect(after.completed).toBe(before.completed + bulk[0].completed)
      expect(bulk[0].completed).toBeGreaterThan(0)
      expect(bulk[0].completed).toBeLessThan(bulk[0].amount)
    })
  },
})
