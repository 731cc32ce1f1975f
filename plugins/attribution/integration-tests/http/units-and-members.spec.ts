import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { resolve } from "node:path"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { adminHeaders } from "../../../../test/support/admin"
import { failure } from "../../../../test/support/http"
import { createEastJurisdictions, uscc } from "../../../../test/support/attribution"
import { customerHeaders, shoppableStore } from "../../../../test/support/checkout"

const ROOT = resolve(__dirname, "../../../..")

type Headers = { headers: Record<string, string> }

const unit = (overrides: Record<string, unknown> = {}) => ({
  name: "上海市松江区机关事务管理局",
  uscc: uscc(1),
  type: "party_government",
  jurisdiction_code: "310117",
  email_domains: ["songjiang.gov.cn"],
  ...overrides,
})

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createEastJurisdictions(getContainer())
    })

    describe("buying units (operators)", () => {
      it("creates, edits and shows a unit; refuses bad input with the field named, writing nothing", async () => {
        const post = (body: Record<string, unknown>) => api.post("/admin/units", body, admin).catch(failure)
        const badCheck = await post(unit({ uscc: uscc(1).slice(0, 17) + (uscc(1)[17] === "0" ? "1" : "0") }))
        expect(badCheck.status).toBe(400)
        expect(badCheck.data.message).toMatch(/^uscc: 统一社会信用代码无效：校验位错误/)
        expect((await post(unit({ jurisdiction_code: "110101" }))).data.message).toBe(
          "jurisdiction_code: 未知的辖区 110101"
        )
        expect((await post(unit({ type: "ministry" }))).status).toBe(400)
        expect((await post(unit({ parent_id: "unit_missing" }))).data.message).toBe(
          "parent_id: 主管单位 unit_missing 不存在"
        )
        expect((await post(unit({ email_domains: ["not a domain"] }))).data.message).toContain("域名格式不正确")
        expect((await api.get("/admin/units", admin)).data.count).toBe(0)

        const parent = (await post(unit({ name: "上海市松江区人民政府", uscc: uscc(2), email_domains: [] }))).data.unit
        const created = await post(unit({ parent_id: parent.id }))
        expect(created.status).toBe(201)
        // a write answers with the resource's query-config fields, as a read does
        expect(created.data.unit).toEqual({
          id: expect.stringMatching(/^unit_/),
          name: "上海市松江区机关事务管理局",
          uscc: uscc(1),
          type: "party_government",
          parent_id: parent.id,
          jurisdiction_code: "310117",
          address: null,
          status: "active",
          created_at: expect.any(String),
        })
        const id = created.data.unit.id
        const duplicate = await post(unit({ name: "另一个单位" }))
        expect(duplicate.data.message).toBe("uscc: 信用代码已被“上海市松江区机关事务管理局”使用")

        // a cycle: the government under its own bureau
        const cyclic = await api.post(`/admin/units/${parent.id}`, { parent_id: id }, admin).catch(failure)
        expect(cyclic.status).toBe(400)
        expect(cyclic.data.message).toContain("主管单位关系形成了循环")
        const self = await api.post(`/admin/units/${id}`, { parent_id: id }, admin).catch(failure)
        expect(self.status).toBe(400)

        // Cixi's rule: a unit's assessment jurisdiction may differ from its address
        const updated = await api.post(
          `/admin/units/${id}?fields=id,jurisdiction_code`,
          { jurisdiction_code: "330282", address: "松江区荣乐东路", email_domains: ["sj.gov.cn", "songjiang.gov.cn"] },
          admin
        )
        expect(updated.data.unit).toEqual({ id, jurisdiction_code: "330282" })
        await api.post(
          `/admin/units/${id}/bases`,
          { year: 2026, canteen_total_fen: 120_000_000, union_members: 80 },
          admin
        )
        await api.post(
          `/admin/units/${id}/bases`,
          { year: 2026, holiday_gift_total_fen: 8_000_000, union_members: 85 },
          admin
        )
        const negative = await api
          .post(`/admin/units/${id}/bases`, { year: 2026, canteen_total_fen: -1 }, admin)
          .catch(failure)
        expect(negative.status).toBe(400)
        expect(negative.data.message).toContain("canteen_total_fen")

        const { data } = await api.get(`/admin/units/${id}`, admin)
        expect(data.unit).toMatchObject({
          jurisdiction_code: "330282",
          address: "松江区荣乐东路",
          parents: [{ id: parent.id, name: "上海市松江区人民政府" }],
        })
        expect(data.unit.email_domains.sort()).toEqual(["sj.gov.cn", "songjiang.gov.cn"])
        expect(data.unit.bases).toEqual([
          expect.objectContaining({
            year: 2026,
            canteen_total_fen: 120_000_000,
            holiday_gift_total_fen: 8_000_000,
            union_members: 85,
            union_welfare_per_member_fen: 50_000,
          }),
        ])
        expect((await api.get("/admin/units?q=机关事务", admin)).data.units.map((u: { id: string }) => u.id)).toEqual([
          id,
        ])
        expect((await api.get("/admin/units?type=party_government&jurisdiction_code=310117", admin)).data.count).toBe(1)
      })

      it("imports units from CSV with parents in the same file, or reports every bad row and writes nothing", async () => {
        const header = "name,uscc,type,jurisdiction_code,parent_uscc,address,email_domains"
        const good = [
          header,
          `慈溪市实验小学,${uscc(11, "330282", "12")},学校,330282,${uscc(10, "330282")},,cxsy.edu.cn`,
          `慈溪市教育局,${uscc(10, "330282")},党政机关,330282,,,cixi.gov.cn;cxedu.gov.cn`,
          `慈溪市总工会,${uscc(12, "330282", "81")},union,330282,,,`,
        ].join("\n")
        const bad = [
          header,
          `慈溪市实验小学,${uscc(11, "330282", "12")},学校,330282,${uscc(99, "330282")},,`,
          `,${uscc(13, "330282")},党政机关,330282,,,`,
          `慈溪市人民医院,${uscc(14, "330282").slice(0, 17)}Z,医院,330282,,,`,
          `慈溪市供销社,${uscc(15, "330282")},合作社,999999,,,bad domain`,
          `慈溪市第二小学,${uscc(11, "330282", "12")},学校,330282,,,`,
        ].join("\n")
        const refused = await api.post("/admin/units/import", { csv: bad }, admin).catch(failure)
        expect(refused.status).toBe(400)
        // zod problems come first and all together: blank name, unknown type, bad domain
        expect(refused.data.errors!.map((e: { line: number; field: string }) => `${e.line}:${e.field}`).sort()).toEqual(
          ["3:name", "5:email_domains", "5:type"]
        )

        const noZodProblems = bad
          .split("\n")
          .filter((_, i) => i !== 2 && i !== 4)
          .join("\n")
        const refusedAgain = await api.post("/admin/units/import", { csv: noZodProblems }, admin).catch(failure)
        expect(refusedAgain.status).toBe(400)
        expect(refusedAgain.data.message).toContain("第2行 parent_uscc：主管单位")
        expect(refusedAgain.data.message).toContain("第3行 uscc：统一社会信用代码无效")
        expect(refusedAgain.data.message).toContain("第4行 uscc：与第2行的信用代码重复")
        expect((await api.get("/admin/units", admin)).data.count).toBe(0)

        expect((await api.post("/admin/units/import", { csv: good }, admin)).data).toEqual({ created: 3 })
        const { data } = await api.get("/admin/units?q=实验小学", admin)
        const school = (await api.get(`/admin/units/${data.units[0].id}`, admin)).data.unit
        expect(school.parents.map((p: { name: string }) => p.name)).toEqual(["慈溪市教育局"])
        expect(school.type).toBe("school")
        const again = await api.post("/admin/units/import", { csv: good }, admin).catch(failure)
        expect(again.data.message).toContain("信用代码已被“慈溪市实验小学”使用")
      })

      it("is closed to customers and anonymous callers", async () => {
        const shop = await shoppableStore(getContainer(), ["苦荞茶"])
        const customer = await customerHeaders(api, shop.store, "someone@example.com")
        for (const headers of [customer, shop.store, { headers: {} }]) {
          const list = await api.get("/admin/units", headers).catch(failure)
          expect(list.status).toBe(401)
          const create = await api.post("/admin/units", unit(), headers).catch(failure)
          expect(create.status).toBe(401)
        }
        expect((await api.get("/admin/units", admin)).data.count).toBe(0)
      })
    })

    describe("memberships", () => {
      /** A unit with an admin (added by the operator), and customers who are not yet members. */
      async function unitWithAdmin() {
        const shop = await shoppableStore(getContainer(), ["苦荞茶"])
        const { data } = await api.post("/admin/units", unit(), admin)
        const other = (
          await api.post(
            "/admin/units",
            unit({ name: "慈溪市财政局", uscc: uscc(2, "330282"), jurisdiction_code: "330282", email_domains: [] }),
            admin
          )
        ).data.unit
        const unitAdmin = await customerHeaders(api, shop.store, "admin@songjiang.gov.cn")
        const alice = await customerHeaders(api, shop.store, "alice@example.com")
        const outsider = await customerHeaders(api, shop.store, "outsider@cixi.gov.cn")
        await api.post(
          `/admin/units/${data.unit.id}/members`,
          { email: "admin@songjiang.gov.cn", role: "unit_admin" },
          admin
        )
        await api.post(`/admin/units/${other.id}/members`, { email: "outsider@cixi.gov.cn", role: "unit_admin" }, admin)
        return { shop, unitId: data.unit.id as string, otherId: other.id as string, unitAdmin, alice, outsider }
      }

      it("joins by invite code, waits for approval, and the unit admin manages members and invites", async () => {
        const { unitId, unitAdmin, alice, shop } = await unitWithAdmin()
        const noSuchCustomer = await api
          .post(`/admin/units/${unitId}/members`, { email: "nobody@example.com" }, admin)
          .catch(failure)
        expect(noSuchCustomer.data.message).toBe("email: 没有以 nobody@example.com 注册的顾客账号")

        const { data: created } = await api.post(
          `/store/units/${unitId}/invites`,
          { expires_in_days: 7, max_uses: 2 },
          unitAdmin
        )
        const code: string = created.invite.code
        expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)

        const join = await api.post("/store/memberships/join", { code: code.toLowerCase() }, alice)
        expect(join.data.membership).toMatchObject({ unit_id: unitId, role: "member", status: "pending" })
        expect((await api.post("/store/memberships/join", { code }, alice).catch(failure)).data.message).toBe(
          "unit: 你的加入申请正在等待单位管理员审批"
        )
        const mine = await api.get("/store/memberships", alice)
        expect(mine.data.memberships).toEqual([
          expect.objectContaining({
            status: "pending",
            allowed_intents: [],
            unit: expect.objectContaining({ name: "上海市松江区机关事务管理局" }),
          }),
        ])

        const pending = await api.get(`/store/units/${unitId}/members?status=pending`, unitAdmin)
        expect(pending.data.members).toEqual([
          expect.objectContaining({ customer: expect.objectContaining({ email: "alice@example.com" }) }),
        ])
        const membershipId = pending.data.members[0].id
        expect(
          (await api.post(`/store/units/${unitId}/members/${membershipId}`, { action: "approve" }, unitAdmin)).data
            .membership.status
        ).toBe("active")
        await api.post(
          `/store/units/${unitId}/members/${membershipId}`,
          { action: "set_role", role: "procurement_officer" },
          unitAdmin
        )
        const active = await api.get("/store/memberships", alice)
        expect(active.data.memberships[0]).toMatchObject({ status: "active", role: "procurement_officer" })
        expect(active.data.memberships[0].allowed_intents).toContainEqual({ channel: "canteen", funding: "budget" })

        // the last unit admin can neither leave nor be demoted
        const admins = await api.get(`/store/units/${unitId}/members?role=unit_admin`, unitAdmin)
        const lastAdmin = await api
          .post(`/store/units/${unitId}/members/${admins.data.members[0].id}`, { action: "remove" }, unitAdmin)
          .catch(failure)
        expect(lastAdmin.status).toBe(400)
        expect(lastAdmin.data.message).toContain("单位至少要有一名在册的单位管理员")

        // revoked and expired codes are refused and change nothing
        await api.post(`/store/units/${unitId}/invites/${created.invite.id}/revoke`, {}, unitAdmin)
        const bob = await customerHeaders(api, shop.store, "bob@example.com")
        expect((await api.post("/store/memberships/join", { code }, bob).catch(failure)).data.message).toBe(
          "code: 该邀请码已被单位管理员作废"
        )
        const { data: shortLived } = await api.post(
          `/store/units/${unitId}/invites`,
          { expires_in_days: 1, auto_approve: true },
          unitAdmin
        )
        await getContainer()
          .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
          .updateUnitInvites({ id: shortLived.invite.id, expires_at: new Date(Date.now() - 1000) })
        expect(
          (await api.post("/store/memberships/join", { code: shortLived.invite.code }, bob).catch(failure)).data.message
        ).toMatch(/^code: 该邀请码已过期/)
        expect((await api.post("/store/memberships/join", { code: "ZZZZZZZZ" }, bob).catch(failure)).data.message).toBe(
          "code: 邀请码不存在，请核对后重试"
        )
        expect((await api.get("/store/memberships", bob)).data.memberships).toEqual([])

        const listed = await api.get(`/store/units/${unitId}/invites`, unitAdmin)
        expect(listed.data.invites.map((i: { usable: boolean }) => i.usable)).toEqual([false, false])
      })

      it("joins by a verified work address whose domain the unit registered", async () => {
        const { unitId, alice } = await unitWithAdmin()
        const unknown = await api
          .post("/store/memberships/email-verifications", { email: "alice@gmail.com" }, alice)
          .catch(failure)
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toBe("email: 没有单位登记过这个邮箱域名，请改用邀请码加入")

        const { data } = await api.post(
          "/store/memberships/email-verifications",
          { email: "Alice@SongJiang.gov.cn" },
          alice
        )
        expect(data).toEqual({
          verification_id: expect.any(String),
          units: [{ id: unitId, name: "上海市松江区机关事务管理局" }],
        })
        const [sent] = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ to: "alice@songjiang.gov.cn" })
        const code = (sent.data as { code: string }).code
        // the code goes only to the mailbox; the answer must not carry it (its id may contain digits by chance)
        expect(JSON.stringify(data)).not.toContain(code)
        const wrong = code === "000000" ? "111111" : "000000"

        const confirm = (body: Record<string, unknown>) =>
          api
            .post(
              "/store/memberships/email-join",
              { verification_id: data.verification_id, unit_id: unitId, ...body },
              alice
            )
            .catch(failure)
        // a blank or foreign unit is named as the unit, and spends none of the five tries
        for (const unit_id of ["", "   "]) {
          const blank = await confirm({ code: wrong, unit_id })
          expect(blank.status).toBe(400)
          expect(blank.data.message).toBe("unit_id: 不能为空")
        }
        const foreign = await confirm({ code: wrong, unit_id: "unit_other" })
        expect([foreign.status, foreign.data.message]).toEqual([403, "unit_id: 该单位没有登记这个邮箱域名"])
        expect((await confirm({ code: wrong })).data.message).toBe("code: 验证码不正确，还可以再试4次")
        const elsewhere = await confirm({ code, unit_id: "unit_other" })
        expect(elsewhere.status).toBe(403)
        const joined = await confirm({ code })
        expect(joined.data.membership).toMatchObject({ unit_id: unitId, status: "active", role: "member" })
        expect((await confirm({ code })).data.message).toMatch(/^verification_id: 验证请求不存在或已使用/)
      })

      it("refuses another unit's admin, a plain member and anonymous callers on every unit route", async () => {
        const { unitId, otherId, unitAdmin, alice, outsider, shop } = await unitWithAdmin()
        const { data } = await api.post(`/store/units/${unitId}/invites`, { auto_approve: true }, unitAdmin)
        await api.post("/store/memberships/join", { code: data.invite.code }, alice)
        const members = await api.get(`/store/units/${unitId}/members`, unitAdmin)
        const aliceMembership = members.data.members.find(
          (m: { customer: { email: string } }) => m.customer.email === "alice@example.com"
        )

        const attempts = (headers: Headers) => [
          () => api.get(`/store/units/${unitId}`, headers),
          () => api.get(`/store/units/${unitId}/members`, headers),
          () => api.post(`/store/units/${unitId}/members/${aliceMembership.id}`, { action: "remove" }, headers),
          () => api.get(`/store/units/${unitId}/invites`, headers),
          () => api.post(`/store/units/${unitId}/invites`, {}, headers),
          () => api.post(`/store/units/${unitId}/invites/${data.invite.id}/revoke`, {}, headers),
          () => api.get(`/store/units/${unitId}/orders`, headers),
          () => api.get(`/store/units/${unitId}/union-welfare`, headers),
        ]
        // a plain member may see the unit itself, and nothing else
        expect((await api.get(`/store/units/${unitId}`, alice)).data.unit).toMatchObject({
          id: unitId,
          my_role: "member",
          parents: [],
        })
        for (const [who, headers, status, from] of [
          ["another unit's admin", outsider, 403, 0],
          ["a plain member", alice, 403, 1],
          ["anonymous", shop.store, 401, 0],
        ] as const) {
          for (const attempt of attempts(headers).slice(from)) {
            const res = await attempt().catch(failure)
            expect(res.status, who).toBe(status)
          }
        }
        // nor can a unit admin reach into another unit through its own unit's path
        const otherMembers = await api.get(`/store/units/${otherId}/members`, outsider)
        const crossed = await api
          .post(`/store/units/${unitId}/members/${otherMembers.data.members[0].id}`, { action: "remove" }, unitAdmin)
          .catch(failure)
        expect(crossed.status).toBe(400)
        expect(crossed.data.message).toBe("membership_id: 该单位没有这名成员")
        // and a unit admin cannot widen what the member list returns
        const widened = await api.get(
          `/store/units/${unitId}/members?fields=customer.addresses.*,customer.email`,
          unitAdmin
        )
        expect(widened.data.members[0].customer.email).toBeDefined()
        expect(JSON.stringify(widened.data)).not.toContain("addresses")

        const after = await api.get(`/store/units/${unitId}/members`, unitAdmin)
        expect(after.data.members.every((m: { status: string }) => m.status === "active")).toBe(true)
        expect((await api.get(`/store/units/${unitId}/invites`, unitAdmin)).data.invites[0].revoked_at).toBeNull()
      })
    })
  },
})
