import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { resolve } from "node:path"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { adminHeaders } from "../../../test/support/admin"

medusaIntegrationTestRunner({
  cwd: resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    describe("the backend boots with the provenance plugin", () => {
      let admin: { headers: Record<string, string> }

      beforeEach(async () => {
        admin = await adminHeaders(getContainer(), api)
        await getContainer()
          .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
          .createDivisions([
            { code: "510000", name: "四川省", level: "province" },
            { code: "513400", name: "凉山彝族自治州", level: "prefecture", parent_code: "510000" },
            { code: "513429", name: "布拖县", level: "county", parent_code: "513400" },
          ])
      })

      it("answers /health", async () => {
        const res = await api.get("/health")
        expect(res.status).toBe(200)
      })

      it("lists divisions filtered by level and parent", async () => {
        const res = await api.get("/admin/divisions?level=county&parent_code=513400", admin)
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(1)
        expect(res.data.divisions).toEqual([
          expect.objectContaining({ code: "513429", name: "布拖县", level: "county", parent_code: "513400" }),
        ])
      })

      it("refuses anonymous callers", async () => {
        const res = await api.get("/admin/divisions").catch((e: { response: { status: number } }) => e.response)
        expect(res.status).toBe(401)
      })

      it("rejects a malformed parent code with a 400 naming the field", async () => {
        const res = await api
          .get("/admin/divisions?parent_code=51340", admin)
          .catch((e: { response: { status: number; data: { message: string } } }) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("parent_code")
      })
    })
  },
})
