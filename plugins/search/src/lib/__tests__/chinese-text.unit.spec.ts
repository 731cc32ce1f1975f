import { describe, expect, it } from "vitest"
import { indexTokens, pinyinTokens, queryTokens } from "../chinese-text"

const tokens = (s: string) => s.split(" ")

describe("Chinese text for Postgres' simple configuration", () => {
  it("indexes every character and every pair of a Chinese run, jieba's words and Latin words", () => {
    const indexed = tokens(indexTokens("布拖苦荞茶 250g"))
    expect(indexed).toEqual(expect.arrayContaining(["布", "茶", "布拖", "拖苦", "苦荞", "荞茶", "250g"]))
    expect(indexed).not.toContain(" ")
  })

  it("asks for a query's words, a longer word as its pairs", () => {
    expect(queryTokens("昭通苹果")).toBe("昭通 苹果")
    expect(queryTokens("花椒")).toBe("花椒")
    expect(queryTokens("凉山彝族自治州")).toBe("凉山 山彝 彝族 族自 自治 治州")
    expect(queryTokens("  PingGuo ")).toBe("pingguo")
    expect(queryTokens("！？")).toBe("")
  })

  it("finds every query token among the indexed ones, whatever jieba made of the title's context", () => {
    const indexed = new Set(tokens(indexTokens("云南昭通丑苹果新鲜水果")))
    for (const q of ["苹果", "昭通苹果", "丑苹果", "新鲜水果", "通丑"])
      expect(
        tokens(queryTokens(q)).every((t) => indexed.has(t)),
        q
      ).toBe(true)
  })

  it("gives the pinyin a shopper types: syllables, words, initials, the whole name", () => {
    expect(tokens(pinyinTokens(["昭通苹果", null]))).toEqual(
      expect.arrayContaining(["ping", "guo", "pingguo", "pg", "zhaotong", "zt", "zhaotongpingguo", "ztpg"])
    )
    expect(pinyinTokens(["250g", undefined])).toBe("")
  })
})
