import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { resolve } from "node:path"
import { failure } from "../../../test/support/http"

medusaIntegrationTestRunner({
  cwd: resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    describe("uploaded files", () => {
      it("serves what the file module stored at its URL, sandboxed, and nothing outside the upload folder", async () => {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>苦荞</text></svg>'
        const { result } = await uploadFilesWorkflow(getContainer()).run({
          input: {
            files: [
              {
                filename: "tea.svg",
                mimeType: "image/svg+xml",
                content: Buffer.from(svg).toString("base64"),
                access: "public",
              },
            ],
          },
        })
        const path = new URL(result[0].url).pathname
        expect(path).toMatch(/^\/uploads\/[\w.-]+tea\.svg$/)

        const res = await api.get(path)
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toContain("image/svg+xml")
        expect(res.headers["content-security-policy"]).toContain("sandbox")
        expect(res.data).toBe(svg)

        expect((await api.get("/uploads/missing.svg").catch(failure)).status).toBe(404)
        const escape = await api.get("/uploads/..%2F..%2Fpackage.json").catch(failure)
        expect(escape.status).toBe(400)
        expect(escape.data.message).toBe("name: 应为文件名")
      })

      it("serves a picture named in Chinese, and never a private file", async () => {
        const upload = (filename: string, access: "public" | "private") =>
          uploadFilesWorkflow(getContainer()).run({
            input: {
              files: [{ filename, mimeType: "image/png", content: Buffer.from("png").toString("base64"), access }],
            },
          })
        const picture = (await upload("正面.png", "public")).result[0]
        expect((await api.get(new URL(picture.url).pathname)).status).toBe(200)
        const invoice = (await upload("发票.png", "private")).result[0]
        const name = new URL(invoice.url).pathname.split("/").pop()!
        expect(decodeURIComponent(name)).toMatch(/^private-/)
        const refused = await api.get(`/uploads/${name}`).catch(failure)
        expect([refused.status, refused.data.message]).toEqual([400, "name: 私有文件不能公开访问"])
      })
    })
  },
})
