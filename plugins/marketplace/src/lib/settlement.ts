import { shanghaiDate } from "@zhunong/common/dates"

/**
 * A supplier's monthly settlement (结算) from its order lines, by the rule the ledger counts with:
 * a line's total (after discounts, tax included; shipping is the platform's) is sold in the
 * Asia/Shanghai month the order was placed; a cancellation takes the whole line back, and a return
 * the returned share of it, in the month it happened. Integer fen throughout.
 */
export interface SettlementLine {
  order_id: string
  placed_at: Date
  total_fen: number
  quantity: number
  canceled_at: Date | null
  /** Received returns of this line: when, and how many units. */
  returns: { at: Date; quantity: number }[]
}

export interface SettlementMonth {
  month: string
  gross_fen: number
  refunds_fen: number
  net_fen: number
  orders: number
}

export const shanghaiMonth = (instant: Date) => shanghaiDate(instant).slice(0, 7)

/** The share of a line's total that `quantity` of its units carry, in whole fen. */
export const shareOf = (totalFen: number, lineQuantity: number, quantity: number) =>
  Math.round((totalFen * quantity) / lineQuantity)

/** Months of `year` that had sales or refunds, in order. */
export function monthlySettlement(lines: SettlementLine[], year: number): SettlementMonth[] {
  const months = new Map<string, { gross_fen: number; refunds_fen: number; orders: Set<string> }>()
  const at = (month: string) => {
    if (!months.has(month)) months.set(month, { gross_fen: 0, refunds_fen: 0, orders: new Set() })
    return months.get(month)!
  }
  for (const line of lines) {
    const sold = at(shanghaiMonth(line.placed_at))
    sold.gross_fen += line.total_fen
    sold.orders.add(line.order_id)
    if (line.canceled_at) {
      at(shanghaiMonth(line.canceled_at)).refunds_fen += line.total_fen
      continue
    }
    for (const r of line.returns)
      at(shanghaiMonth(r.at)).refunds_fen += shareOf(line.total_fen, line.quantity, r.quantity)
  }
  return [...months]
    .filter(([month]) => month.startsWith(`${year}-`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({
      month,
      gross_fen: m.gross_fen,
      refunds_fen: m.refunds_fen,
      net_fen: m.gross_fen - m.refunds_fen,
      orders: m.orders.size,
    }))
}
