import { describe, expect, it } from "vitest"
import { readAddress } from "../address"
import { safeNext } from "../next-path"
import { problemOf } from "../problems"

describe("problemOf: a backend refusal next to the field it names", () => {
  it("reads our routes' `field: 说明` and Medusa's validation wording", () => {
    expect(problemOf(new Error("funding: 超出工会经费职工福利额度：2026年额度500.00元"))).toEqual({
      field: "funding",
      message: "超出工会经费职工福利额度：2026年额度500.00元",
    })
    expect(problemOf(new Error("Invalid request: code: 邀请码不存在，请核对后重试"))).toEqual({
      field: "code",
      message: "邀请码不存在，请核对后重试",
    })
    expect(problemOf(new Error("variants.0.price_fen: 应为整数"))).toEqual({ field: "variants", message: "应为整数" })
    expect(problemOf(new Error("Field 'email' is required"))).toEqual({
      field: "email",
      message: "Field 'email' is required",
    })
    expect(problemOf(new Error("服务暂时不可用"))).toEqual({ field: null, message: "服务暂时不可用" })
  })

  it("puts Medusa's own English refusals into the shop's words", () => {
    expect(problemOf(new Error("Some variant does not have the required inventory"))).toEqual({
      field: "quantity",
      message: "库存不足，请减少数量或选择其他规格",
    })
    expect(problemOf(new Error("Invalid email or password"))).toMatchObject({
      field: "password",
      message: "邮箱或密码不正确",
    })
    expect(problemOf(new Error("Identity with email already exists"))).toMatchObject({ field: "email" })
  })
})

describe("readAddress: a Chinese delivery address from a form", () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData()
    for (const [k, v] of Object.entries(values)) data.set(k, v)
    return data
  }
  const complete = {
    last_name: "王",
    first_name: "小明",
    phone: "13800001234",
    province: "上海市",
    city: "松江区",
    address_1: "荣乐东路1号",
    postal_code: "",
  }

  it("accepts a complete address, trimmed, in China", () => {
    expect(readAddress(form({ ...complete, city: "  松江区 " }))).toEqual({
      address: { ...complete, country_code: "cn" },
      problem: null,
    })
  })

  it("names the first missing or malformed field", () => {
    expect(readAddress(form({ ...complete, address_1: " " })).problem).toEqual({
      field: "address_1",
      message: "请填写详细地址",
    })
    expect(readAddress(form({ ...complete, phone: "2380000123" })).problem).toEqual({
      field: "phone",
      message: "请输入11位手机号",
    })
    expect(readAddress(form({ ...complete, postal_code: "20160" })).problem).toEqual({
      field: "postal_code",
      message: "邮编应为6位数字",
    })
  })
})

describe("safeNext: back into the shop after signing in, never elsewhere", () => {
  it("keeps paths inside the shop and refuses the rest", () => {
    expect(safeNext("/checkout")).toBe("/checkout")
    expect(safeNext("/join/SJJG2026")).toBe("/join/SJJG2026")
    for (const crafted of ["//evil.example", "/\\evil.example", "https://evil.example", "", undefined])
      expect(safeNext(crafted)).toBe("/account")
  })
})
