import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { resolve } from "node:path"
import { adminHeaders } from "../../../test/support/admin"
import { createLiangshanDivisions } from "../../../test/support/provenance"

medusaIntegrationTestRunner({
  cwd: resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    describe("the backend boots with the provenance plugin", () => {
      let admin: { headers: Record<string, string> }

      beforeEach(async () => {
        admin = await adminHeaders(getContainer(), api)
        await createLiangshanDivisions(getContainer())
      })

      it("answers /health", async () => {
        const res = await api.get("/health")
        expect(res.status).toBe(200)
      })

      it("lists divisions filtered by level and parent", async () => {
        const res = await api.get("/admin/divisions?level=county&parent_code=513400", admin)
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(2)
        expect(res.data.divisions).toContainEqual(
          expect.objectContaining({ code: "513429", name: "布拖县", level: "county", parent_code: "513400" })
        )
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
