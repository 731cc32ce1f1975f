import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import * as XLSX from "xlsx"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { adminHeaders } from "../../../../test/support/admin"
import { failure } from "../../../../test/support/http"
import { addMember, cixiUnit, createEastJurisdictions, uscc } from "../../../../test/support/attribution"
import { cartReady, customerHeaders, payAndComplete, shoppableStore } from "../../../../test/support/checkout"
import { approvedSupplier, certifyProduct, listProduct } from "../../../../test/support/marketplace"
import { officeHeaders } from "../../../../test/support/offices"
import { createLiangshanDivisions } from "../../../../test/support/provenance"

const ROOT = resolve(__dirname, "../../../..")
type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    it("runs the 预留份额 cycle: a call, declarations and exemptions, 主管单位 review, office confirmation, reminders, ranking and kept 通报", async () => {
      const admin = await adminHeaders(getContainer(), api)
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
      const shop = await shoppableStore(getContainer(), [])
      const { supplier } = await approvedSupplier(api, admin, "owner@coop.example")
      const tea = await listProduct(api, supplier, "布拖苦荞茶")
      await certifyProduct(api, admin, supplier, tea.productId)

      // 慈溪市教育局 supervises 慈溪中学; 慈溪市商务局 has no canteen; 慈溪市文化馆 shares the 教育局's
      const bureau = await cixiUnit(api, admin, 1, "慈溪市教育局")
      const school = (
        await api.post(
          "/admin/units",
          {
            name: "慈溪中学",
            uscc: uscc(2, "330282", "12"),
            type: "school",
            jurisdiction_code: "330282",
            parent_id: bureau,
          },
          admin
        )
      ).data.unit.id as string
      const commerce = await cixiUnit(api, admin, 3, "慈溪市商务局")
      const culture = await cixiUnit(api, admin, 4, "慈溪市文化馆")
      const person = async (email: string, unit: string, role: string) => {
        const headers = await customerHeaders(api, shop.store, email)
        await addMember(api, admin, unit, email, role)
        return { headers: { ...shop.store.headers, ...headers.headers } } as Headers
      }
      const bureauAdmin = await person("admin@edu.cixi.example", bureau, "unit_admin")
      const schoolAdmin = await person("admin@school.cixi.example", school, "unit_admin")
      const schoolOfficer = await person("canteen@school.cixi.example", school, "procurement_officer")
      const schoolMember = await person("teacher@school.cixi.example", school, "member")
      const commerceAdmin = await person("admin@commerce.cixi.example", commerce, "unit_admin")
      const cultureAdmin = await person("admin@culture.cixi.example", culture, "unit_admin")
      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const songjiang = await officeHeaders(api, admin, "hezuo@songjiang.example", "松江区合作交流办", "310117")
      const year = Number(
        new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date())
      )

      const declare = (headers: Headers, unit: string, body: Record<string, unknown>) =>
        api.post(`/store/units/${unit}/reserved-share`, body, headers).catch(failure)
      // before a call there is nothing to declare
      const early = await declare(schoolAdmin, school, { kind: "no_canteen" })
      expect([early.status, early.data.message]).toEqual([404, "kind: 本辖区尚未发起今年的预留份额申报"])

      const call = await api.post("/office/reserved-share", { year, deadline: `${year}-12-31`, rate_bp: 1_000 }, ningbo)
      expect(call.data.campaign).toMatchObject({ jurisdiction_code: "330200", year, rate_bp: 1_000 })
      const coverage = async () => (await api.get(`/office/reserved-share?year=${year}`, ningbo)).data
      expect((await coverage()).coverage).toEqual({ units: 4, missing: 4, exempt: 0, declared: 0, confirmed: 0 })

      // the reminder reaches the admins of the four units that have not declared, and shows on their unit's page
      const reminded = await api.post("/office/reserved-share/reminders", { year }, ningbo)
      expect(reminded.data).toEqual({ units: 4, reminded: 4 })
      const page = async (headers: Headers, unit: string) =>
        (await api.get(`/store/units/${unit}/reserved-share`, headers)).data
      expect((await page(schoolMember, school)).reminders).toEqual([
        expect.objectContaining({
          data: expect.objectContaining({ title: `请于${year}-12-31前申报${year}年食堂预留份额` }),
        }),
      ])

      // below the rate, over the total, an outsourced canteen without its contractor, a member who is not the admin: refused
      const low = await declare(schoolAdmin, school, {
        kind: "canteen",
        canteen_total_fen: 10_000_000,
        reserved_fen: 900_000,
      })
      expect([low.status, low.data.message]).toEqual([
        400,
        "reserved_fen: 预留份额不得低于食堂采购总额的10%（至少 10000.00 元）",
      ])
      const over = await declare(schoolAdmin, school, {
        kind: "canteen",
        canteen_total_fen: 10_000,
        reserved_fen: 20_000,
      })
      expect([over.status, over.data.message]).toEqual([
        400,
        expect.stringContaining("reserved_fen: 预留份额不能超过食堂采购总额"),
      ])
      const noContractor = await declare(schoolAdmin, school, {
        kind: "outsourced",
        canteen_total_fen: 10_000_000,
        reserved_fen: 1_000_000,
      })
      expect(noContractor.data.message).toContain("contractor_name: 请填写食堂承包方名称")
      expect((await declare(schoolOfficer, school, { kind: "no_canteen" })).status).toBe(403)
      expect((await declare(bureauAdmin, school, { kind: "no_canteen" })).status).toBe(403)

      // the school declares 10万元 of its 100万元; the 商务局 has no canteen; the 文化馆 shares the 教育局's
      expect(
        (await declare(schoolAdmin, school, { kind: "canteen", canteen_total_fen: 100_000_000, reserved_fen: 10_000 }))
          .status
      ).toBe(400)
      const schoolDeclared = await declare(schoolAdmin, school, {
        kind: "canteen",
        canteen_total_fen: 100_000_000,
        reserved_fen: 10_000_000,
      })
      expect(schoolDeclared.data.declaration).toMatchObject({
        status: "submitted",
        parent_unit_id: bureau,
        late: false,
      })
      expect((await declare(commerceAdmin, commerce, { kind: "no_canteen" })).status).toBe(200)
      const sharedFirst = await declare(cultureAdmin, culture, {
        kind: "shared_canteen",
        representative_unit_id: commerce,
      })
      expect([sharedFirst.status, sharedFirst.data.message]).toEqual([
        400,
        "representative_unit_id: 慈溪市商务局没有申报自办食堂，不能代表申报",
      ])
      const elsewhere = await declare(cultureAdmin, culture, {
        kind: "shared_canteen",
        representative_unit_id: "unit_nope",
      })
      expect(elsewhere.data.message).toBe("representative_unit_id: 代表单位应为本辖区内的另一个预算单位")
      expect(
        (await declare(cultureAdmin, culture, { kind: "shared_canteen", representative_unit_id: bureau })).status
      ).toBe(200)
      await declare(bureauAdmin, bureau, { kind: "canteen", canteen_total_fen: 50_000_000, reserved_fen: 5_000_000 })

      // the office cannot confirm what the 主管单位 has not reviewed; the 教育局 reviews its school's declaration
      const schoolDeclaration = schoolDeclared.data.declaration.id as string
      const decide = (headers: Headers, id: string, body: Record<string, unknown>) =>
        api.post(`/office/share-declarations/${id}/decision`, body, headers).catch(failure)
      const tooSoon = await decide(ningbo, schoolDeclaration, { action: "approve" })
      expect([tooSoon.status, tooSoon.data.message]).toEqual([400, "action: 该申报须先由主管单位审核"])
      const subordinates = (await api.get(`/store/units/${bureau}/subordinate-declarations`, bureauAdmin)).data
        .declarations
      expect(subordinates.map((d: { unit_name: string }) => d.unit_name)).toEqual(["慈溪中学"])
      expect(
        (await api.get(`/store/units/${school}/subordinate-declarations`, schoolMember).catch(failure)).status
      ).toBe(403)
      const review = (headers: Headers, unit: string, body: Record<string, unknown>) =>
        api
          .post(`/store/units/${unit}/subordinate-declarations/${schoolDeclaration}/review`, body, headers)
          .catch(failure)
      expect((await review(bureauAdmin, bureau, { action: "return" })).data.message).toContain("reason: 退回须写明原因")
      expect((await review(commerceAdmin, commerce, { action: "approve" })).status, "not its 主管单位").toBe(404)
      expect((await review(bureauAdmin, bureau, { action: "approve" })).data.declaration.status).toBe("reviewed")
      expect((await decide(songjiang, schoolDeclaration, { action: "approve" })).status, "another office").toBe(404)
      expect((await decide(ningbo, schoolDeclaration, { action: "approve" })).data.declaration.status).toBe("confirmed")

      // a change after confirmation needs its reason, goes back for review, and the history keeps every step
      const unexplained = await declare(schoolAdmin, school, {
        kind: "canteen",
        canteen_total_fen: 120_000_000,
        reserved_fen: 12_000_000,
      })
      expect([unexplained.status, unexplained.data.message]).toEqual([400, "reason: 已确认的申报须写明修改原因"])
      await declare(schoolAdmin, school, {
        kind: "canteen",
        canteen_total_fen: 120_000_000,
        reserved_fen: 12_000_000,
        reason: "学生人数增加",
      })
      await review(bureauAdmin, bureau, { action: "approve" })
      await decide(ningbo, schoolDeclaration, { action: "approve" })
      const mine = await page(schoolMember, school)
      expect(
        mine.events.map((e: { action: string; reason: string | null; actor_name: string }) => [
          e.action,
          e.reason,
          e.actor_name,
        ])
      ).toEqual([
        ["submitted", null, "用户测试（admin@school.cixi.example）"],
        ["reviewed", null, "用户测试（admin@edu.cixi.example）"],
        ["confirmed", null, "宁波市对口支援办"],
        ["changed", "学生人数增加", "用户测试（admin@school.cixi.example）"],
        ["reviewed", null, "用户测试（admin@edu.cixi.example）"],
        ["confirmed", null, "宁波市对口支援办"],
      ])
      expect(mine.events[3].snapshot).toMatchObject({ canteen_total_fen: 120_000_000, reserved_fen: 12_000_000 })

      // the school's canteen buys 布拖 tea (a 脱贫县): its completion, the 文化馆's purchases count toward the 教育局
      const buyForCanteen = async (buyer: Headers, unit: string, quantity: number) => {
        const cart = await cartReady(api, shop, buyer, [tea.variantId], quantity)
        await api.post(
          `/store/carts/${cart}/purchase-intent`,
          { unit_id: unit, channel: "canteen", funding: "budget" },
          buyer
        )
        return (await payAndComplete(api, buyer, cart)).data.order.id as string
      }
      await buyForCanteen(schoolOfficer, school, 3)
      const cultureOfficer = await person("canteen@culture.cixi.example", culture, "procurement_officer")
      await buyForCanteen(cultureOfficer, culture, 1)
      let standing: {
        coverage: Record<string, number>
        units: {
          unit_name: string
          bought_fen: number
          completion_bp: number | null
          coverage: string
          behind: boolean
        }[]
      } = await coverage()
      for (let i = 0; i < 50 && standing.units.find((u) => u.unit_name === "慈溪市教育局")!.bought_fen === 0; i++) {
        await sleep(100)
        standing = await coverage()
      }
      expect(standing.coverage).toEqual({ units: 4, missing: 0, exempt: 2, declared: 1, confirmed: 1 })
      expect(standing.units.map((u) => [u.unit_name, u.coverage, u.bought_fen, u.completion_bp])).toEqual([
        ["慈溪中学", "confirmed", 3 * 6_990, Math.floor((3 * 6_990 * 10_000) / 12_000_000)],
        ["慈溪市教育局", "declared", 6_990, Math.floor((6_990 * 10_000) / 5_000_000)],
        ["慈溪市商务局", "exempt", 0, null],
        ["慈溪市文化馆", "exempt", 6_990, null],
      ])
      expect(standing.units[0].behind, "a few purchases are far behind the year's pace").toBe(true)
      expect((await page(schoolMember, school)).standing).toMatchObject({
        bought_fen: 3 * 6_990,
        coverage: "confirmed",
      })

      // 通报: kept as generated; the second one compares with the first
      const first = (await api.post("/office/reserved-share/bulletins", { year, title: `${year}年第一期` }, ningbo))
        .data.bulletin
      await buyForCanteen(schoolOfficer, school, 2)
      await sleep(1_000)
      const second = (await api.post("/office/reserved-share/bulletins", { year, title: `${year}年第二期` }, ningbo))
        .data.bulletin
      const kept = (await api.get(`/office/reserved-share/bulletins/${second.id}`, ningbo)).data.bulletin
      expect(kept.previous).toMatchObject({ id: first.id, title: `${year}年第一期` })
      const schoolRow = kept.rows.find((r: { unit_name: string }) => r.unit_name === "慈溪中学")
      expect(schoolRow).toMatchObject({ rank: 1, previous_rank: 1, bought_fen: 5 * 6_990 })
      expect(schoolRow.previous_completion_bp).toBeLessThan(schoolRow.completion_bp)
      const xlsx = await api.get(`/office/reserved-share/bulletins/${second.id}?format=xlsx`, {
        ...ningbo,
        responseType: "arraybuffer",
      })
      const sheet = XLSX.read(Buffer.from(xlsx.data), { type: "buffer" }).Sheets["通报"]
      const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet)
      expect(rows[0]).toMatchObject({
        排名: 1,
        单位: "慈溪中学",
        申报情况: "已确认",
        "已采购（元）": (5 * 6_990) / 100,
      })
      expect(
        (await api.get(`/office/reserved-share/bulletins`, { ...ningbo, params: { year } })).data.bulletins.map(
          (b: { title: string }) => b.title
        )
      ).toEqual([`${year}年第二期`, `${year}年第一期`])
      // another office sees no call and no bulletin of 宁波's; a shopper token opens none of it
      expect((await api.get(`/office/reserved-share?year=${year}`, songjiang)).data.campaign).toBeNull()
      expect((await api.get(`/office/reserved-share/bulletins/${first.id}`, songjiang).catch(failure)).status).toBe(404)
      expect((await api.get(`/office/reserved-share?year=${year}`, schoolAdmin).catch(failure)).status).toBe(401)
      expect((await api.get(`/store/units/${school}/reserved-share`, commerceAdmin).catch(failure)).status).toBe(403)
    })
  },
})
