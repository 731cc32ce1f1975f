import { describe, expect, it } from "vitest"
import { monthlySettlement, settlementEntries, shanghaiMonth, shareOf, type SettlementLine } from "../settlement"

const line = (overrides: Partial<SettlementLine>): SettlementLine => ({
  order_id: "order_1",
  display_id: 1,
  title: "布拖苦荞茶 · 500克",
  placed_at: new Date("2026-03-10T02:00:00Z"),
  total_fen: 6_990,
  quantity: 1,
  canceled_at: null,
  returns: [],
  ...overrides,
})

describe("supplier settlement", () => {
  it("counts a sale in the Shanghai month it was placed", () => {
    expect(shanghaiMonth(new Date("2026-03-31T16:00:00Z"))).toBe("2026-04")
    expect(shanghaiMonth(new Date("2026-03-31T15:59:59Z"))).toBe("2026-03")
    const months = monthlySettlement([line({ placed_at: new Date("2026-03-31T16:30:00Z") })], 2026)
    expect(months).toEqual([{ month: "2026-04", gross_fen: 6_990, refunds_fen: 0, net_fen: 6_990, orders: 1 }])
  })

  it("takes back a canceled line whole and a returned share, in the month it happened", () => {
    const months = monthlySettlement(
      [
        line({ order_id: "a", total_fen: 10_000, canceled_at: new Date("2026-04-02T01:00:00Z") }),
        line({
          order_id: "b",
          total_fen: 20_970,
          quantity: 3,
          returns: [{ at: new Date("2026-05-05T01:00:00Z"), quantity: 1 }],
        }),
        line({ order_id: "b", total_fen: 1_000 }),
      ],
      2026
    )
    expect(months).toEqual([
      { month: "2026-03", gross_fen: 31_970, refunds_fen: 0, net_fen: 31_970, orders: 2 },
      { month: "2026-04", gross_fen: 0, refunds_fen: 10_000, net_fen: -10_000, orders: 0 },
      { month: "2026-05", gross_fen: 0, refunds_fen: 6_990, net_fen: -6_990, orders: 0 },
    ])
  })

  it("rounds a returned share to whole fen and keeps other years out", () => {
    expect(shareOf(1_000, 3, 1)).toBe(333)
    expect(monthlySettlement([line({ placed_at: new Date("2025-12-31T15:00:00Z") })], 2026)).toEqual([])
    expect(monthlySettlement([line({ placed_at: new Date("2025-12-31T17:00:00Z") })], 2026)[0].month).toBe("2026-01")
  })

  it("lists the entries behind the months: the sale, then what was taken back, signed", () => {
    const entries = settlementEntries([
      line({
        order_id: "b",
        display_id: 7,
        total_fen: 20_970,
        quantity: 3,
        returns: [{ at: new Date("2026-05-05T01:00:00Z"), quantity: 1 }],
      }),
    ])
    expect(entries.map((e) => [e.month, e.kind, e.display_id, e.quantity, e.amount_fen])).toEqual([
      ["2026-03", "sale", 7, 3, 20_970],
      ["2026-05", "return", 7, -1, -6_990],
    ])
  })
})
