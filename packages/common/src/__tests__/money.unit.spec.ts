import { describe, expect, it } from "vitest"
import { formatYuan, parseYuan } from "../money"

describe("fen and yuan", () => {
  it("formats integer fen as yuan without floating-point drift", () => {
    expect(formatYuan(0)).toBe("0.00")
    expect(formatYuan(5)).toBe("0.05")
    expect(formatYuan(50_000)).toBe("500.00")
    expect(formatYuan(10_000_000_000_01)).toBe("10000000000.01")
    expect(formatYuan(-31_050)).toBe("-310.50")
  })

  it("reads what a person types as fen, or refuses it", () => {
    expect(parseYuan("12")).toBe(1200)
    expect(parseYuan(" 12.5 ")).toBe(1250)
    expect(parseYuan("0.07")).toBe(7)
    expect(parseYuan("1234567.89")).toBe(123_456_789)
    for (const bad of ["", "-1", "1.234", "1,000", "abc", "1e3"]) expect(parseYuan(bad)).toBeNull()
  })
})
