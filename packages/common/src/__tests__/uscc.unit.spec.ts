import { describe, expect, it } from "vitest"
import { isValidUscc, usccProblem } from "../uscc"

describe("统一社会信用代码 check (GB 32100-2015)", () => {
  it.each(["91350100M000100Y43", "91110108551385082Q", "91440300708461136T", "91110000802100433B"])(
    "accepts the real code %s",
    (code) => {
      expect(isValidUscc(code)).toBe(true)
    }
  )

  it("names the expected check character when the last one is wrong", () => {
    expect(usccProblem("91350100M000100Y44")).toBe("校验位错误：应为“3”，实际为“4”")
  })

  it("rejects a one-character typo anywhere in the body", () => {
    expect(isValidUscc("91350100M000101Y43")).toBe(false)
    expect(isValidUscc("91110108551385083Q")).toBe(false)
  })

  it("rejects wrong lengths, forbidden letters and a non-numeric division part", () => {
    expect(usccProblem("91350100M000100Y4")).toBe("应为18位，实际17位")
    expect(usccProblem("91350100M000100I43")).toMatch(/非法字符“I”/)
    expect(usccProblem("91350100m000100Y43")).toMatch(/非法字符“m”/)
    expect(usccProblem("91A50100M000100Y43")).toMatch(/第3–8位/)
  })
})
