import { shanghaiDate } from "@zhunong/common/dates"

/**
 * A supplier's monthly settlement (结算) from its order lines, by the rule the ledger counts with:
 * a line's total (after discounts, tax included; shipping is the platform's) is sold in the
 * Asia/Shanghai month the order was placed; a cancellation takes the whole line back, and a return
 * the returned share of it, in the month it happened. Integer fen throughout.
 */
export interface SettlementLine {
  order_id: string
  display_id: number
  /** The product and variant as sold, e.g. 布拖苦荞茶 · 500克 */
  title: string
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

/** What moved money in a month: a sale, a cancellation taking it back, or a received return. */
export interface SettlementEntry {
  month: string
  at: Date
  kind: "sale" | "cancellation" | "return"
  order_id: string
  display_id: number
  title: string
  quantity: number
  /** Positive for a sale, negative for what is taken back. */
  amount_fen: number
}

/** Every sale and refund of the lines, each in the Shanghai month it happened, oldest first. */
export function settlementEntries(lines: SettlementLine[]): SettlementEntry[] {
  const entry = (line: SettlementLine, kind: SettlementEntry["kind"], at: Date, quantity: number, amount: number) => ({
    month: shanghaiMonth(at),
    at,
    kind,
    order_id: line.order_id,
    display_id: line.display_id,
    title: line.title,
    quantity,
    amount_fen: amount,
  })
  return lines
    .flatMap((line) => [
      entry(line, "sale", line.placed_at, line.quantity, line.total_fen),
      ...(line.canceled_at
        ? [entry(line, "cancellation", line.canceled_at, -line.quantity, -line.total_fen)]
        : line.returns.map((r) =>
            entry(line, "return", r.at, -r.quantity, -shareOf(line.total_fen, line.quantity, r.quantity))
          )),
    ])
    .sort((a, b) => a.at.getTime() - b.at.getTime())
}

/** Months of `year` that had sales or refunds, in order. */
export function monthlySettlement(lines: SettlementLine[], year: number): SettlementMonth[] {
  const months = new Map<string, { gross_fen: number; refunds_fen: number; orders: Set<string> }>()
  for (const e of settlementEntries(lines)) {
    if (!e.month.startsWith(`${year}-`)) continue
    if (!months.has(e.month)) months.set(e.month, { gross_fen: 0, refunds_fen: 0, orders: new Set() })
    const month = months.get(e.month)!
    if (e.kind === "sale") {
      month.gross_fen += e.amount_fen
      month.orders.add(e.order_id)
    } else month.refunds_fen -= e.amount_fen
  }
  return [...months]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({
      month,
      gross_fen: m.gross_fen,
      refunds_fen: m.refunds_fen,
      net_fen: m.gross_fen - m.refunds_fen,
      orders: m.orders.size,
    }))
}
