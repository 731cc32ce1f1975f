import { describe, expect, it } from "vitest"
import { bulkLedgerDrafts, type LedgerTemplate } from "../ledger-bulk"

const template = (title: string, amount: number, quantity: number, day: string, max_shift: number) =>
  ({
    entry_key: `sale:${title}`,
    kind: "sale",
    product_title: title,
    quantity,
    amount_fen: amount,
    unit_id: "unit_1",
    counted: true,
    day,
    max_shift,
  }) as unknown as LedgerTemplate

describe("seed:scale --ledger rows", () => {
  // the tea's certificate reaches back 100 days before its sale; the apple's three years
  const templates = [
    template("布拖苦荞茶", 13_980, 2, "2026-06-15", 100),
    template("昭通丑苹果", 5_990, 1, "2026-10-01", 1095),
  ]
  const rows = [...bulkLedgerDrafts(templates, 1_000, 41)]

  it("makes exactly as many rows as asked, with keys no other run repeats", () => {
    expect(rows).toHaveLength(1_000)
    expect(new Set(rows.map((r) => r.entry_key)).size).toBe(1_000)
    expect(rows.every((r) => r.entry_key.includes(":41:"))).toBe(true)
  })

  it("repeats a template at its unit price, 1–3 of it, moved back no further than its certificates reach", () => {
    const sales = rows.filter((r) => r.kind === "sale")
    for (const sale of sales) {
      const tea = sale.product_title === "布拖苦荞茶"
      expect(sale.amount_fen).toBe((tea ? 6_990 : 5_990) * sale.quantity)
      expect(sale.quantity).toBeGreaterThanOrEqual(1)
      expect(sale.quantity).toBeLessThanOrEqual(3)
      if (tea) expect(sale.day >= "2026-03-08" && sale.day <= "2026-06-15", sale.day).toBe(true)
      else expect(sale.day >= "2023-10-02" && sale.day <= "2026-10-01", sale.day).toBe(true)
      expect("max_shift" in sale).toBe(false)
      expect(sale.month).toBe(sale.day.slice(0, 7))
      expect(sale.counted).toBe(true)
    }
    expect(new Set(sales.map((s) => s.month)).size).toBeGreaterThan(30)
  })

  it("takes every 30th sale back the same day, whole", () => {
    const reversals = rows.filter((r) => r.kind === "reversal")
    expect(reversals.length).toBe(Math.floor(1_000 / 31))
    for (const reversal of reversals) {
      const sale = rows[rows.indexOf(reversal) - 1]
      expect(reversal).toMatchObject({
        reverses_key: sale.entry_key,
        amount_fen: -sale.amount_fen,
        quantity: -sale.quantity,
        day: sale.day,
      })
    }
  })
})
