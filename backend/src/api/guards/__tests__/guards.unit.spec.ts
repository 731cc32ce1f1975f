import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { problemInListParams, problemInPath, problemInValue } from "../malformed-input"
import { clientAddress, FixedWindowCounter } from "../rate-limit"
import { asRefusal } from "../refusals"

describe("malformed input", () => {
  it("names the field holding a control character, at any depth", () => {
    expect(problemInValue({ title: "a\u0000b" }, "")).toBe("title: 不能包含控制字符（如 \\u0000）")
    expect(problemInValue({ variants: [{ title: "ok" }, { options: { 规格: "\u0007" } }] }, "")).toMatch(
      /^variants\.1\.options\.规格: /
    )
    expect(problemInValue({ note: "第一行\n第二行\t制表" }, ""), "line breaks and tabs are text").toBeNull()
  })
  it("refuses keys that reach the prototype and __proto__ as a value", () => {
    expect(problemInValue(JSON.parse('{"a":{"__proto__":{"x":1}}}'), "")).toBe("a.__proto__: 不允许的字段名")
    expect(problemInValue({ constructor: 1 }, "")).toBe("constructor: 不允许的字段名")
    expect(problemInValue({ variants: [{ title: "__proto__" }] }, "")).toBe("variants.0.title: 不能是“__proto__”")
  })
  it("refuses blank ids but not other blank text", () => {
    expect(problemInValue({ items: [{ variant_id: " ", quantity: 1 }] }, "")).toBe("items.0.variant_id: 不能为空")
    expect(problemInValue({ region_id: "" }, "")).toBe("region_id: 不能为空")
    expect(problemInValue({ address_2: "", paid: "" }, "")).toBeNull()
  })
  it("refuses undecodable or control-character path segments", () => {
    expect(problemInPath("/store/products/%C0%AF")).toMatch(/^path: /)
    expect(problemInPath("/store/products/abc%ZZ")).toMatch(/^path: /)
    expect(problemInPath("/store/products/%00")).toBe("path: 路径参数不能包含控制字符")
    expect(problemInPath("/store/certificates/FP-513429-2024-001")).toBeNull()
    expect(problemInPath("/store/products/%E8%8B%A6%E8%8D%9E")).toBeNull()
  })
  it("takes limit and offset as whole numbers and order as field names", () => {
    for (const limit of ["-1", "", "1.5", "1e3", "99999999999"])
      expect(problemInListParams({ limit })).toMatch(/^limit: /)
    expect(problemInListParams({ offset: "-1" })).toMatch(/^offset: /)
    for (const order of ["", "-", "a b", "created_at;drop", "--x"])
      expect(problemInListParams({ order })).toMatch(/^order: /)
    expect(problemInListParams({ limit: "20", offset: "0", order: "-created_at" })).toBeNull()
    expect(problemInListParams({ order: "variants.title" })).toBeNull()
  })
})

describe("refusals", () => {
  it("drops Medusa's prefix where the message names its field", () => {
    const refused = asRefusal(
      new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: uscc: 统一社会信用代码无效：校验位错误")
    ) as MedusaError
    expect(refused.message).toBe("uscc: 统一社会信用代码无效：校验位错误")
    const medusa = new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: Field 'email' is required")
    expect(asRefusal(medusa)).toBe(medusa)
  })
  it("names the field of Medusa's own refusals a shopper meets, in Chinese", () => {
    const unpaid = asRefusal(
      new MedusaError(MedusaError.Types.INVALID_DATA, "Payment collection has not been initiated for cart")
    ) as MedusaError
    expect([unpaid.type, unpaid.message]).toEqual([
      MedusaError.Types.INVALID_DATA,
      "payment_collection: 尚未选择支付方式，请先选择支付方式",
    ])
    // as a workflow hands it back: a plain object that kept Medusa's type
    const fromWorkflow = {
      type: "invalid_data",
      message: "Variants variant_1 do not exist or belong to a product that is not published",
    }
    expect(asRefusal(fromWorkflow)).toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: "items: 商品已下架或不存在",
    })
  })
  it("turns a database refusal of the input into a 400 and leaves server faults alone", () => {
    const wrapped = Object.assign(new Error("insert failed"), {
      cause: Object.assign(new Error("invalid input syntax for type integer"), { code: "22P02" }),
    })
    expect(asRefusal(wrapped)).toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: "request: 参数格式不正确",
    })
    expect(asRefusal(new URIError("URI malformed"))).toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: expect.stringMatching(/^path: /),
    })
    const outage = Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" })
    expect(asRefusal(outage)).toBe(outage)
    const deadlock = Object.assign(new Error("deadlock"), { code: "40P01" })
    expect(asRefusal(deadlock)).toBe(deadlock)
  })
})

describe("rate limits", () => {
  it("counts per key in a fixed window and says how long to wait", () => {
    const counter = new FixedWindowCounter()
    const limit = { max: 3, windowMs: 60_000 }
    for (let i = 0; i < 3; i++) expect(counter.hit("a", limit, 1_000)).toBeNull()
    expect(counter.hit("a", limit, 1_000)).toBe(60)
    expect(counter.hit("b", limit, 1_000), "another caller has its own count").toBeNull()
    expect(counter.hit("a", limit, 61_000), "a new window").toBeNull()
  })
  it("believes X-Forwarded-For only from this machine, and takes its last entry", () => {
    const socket = (remoteAddress: string) => ({ remoteAddress }) as never
    expect(clientAddress({ headers: { "x-forwarded-for": "9.9.9.9, 1.2.3.4" }, socket: socket("127.0.0.1") })).toBe(
      "1.2.3.4"
    )
    expect(clientAddress({ headers: { "x-forwarded-for": "1.2.3.4" }, socket: socket("::ffff:127.0.0.1") })).toBe(
      "1.2.3.4"
    )
    expect(clientAddress({ headers: { "x-forwarded-for": "1.2.3.4" }, socket: socket("203.0.113.9") })).toBe(
      "203.0.113.9"
    )
    expect(clientAddress({ headers: {}, socket: socket("127.0.0.1") })).toBe("127.0.0.1")
  })
})
