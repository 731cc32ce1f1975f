import type { StatsRow } from "./data/office"

export interface MonthPoint {
  month: string
  this_year_fen: number
  last_year_fen: number
}

/** Twelve months of counted amounts, this year beside last year (months without sales at zero). */
export function monthSeries(thisYear: StatsRow[], lastYear: StatsRow[]): MonthPoint[] {
  const amountOf = (rows: StatsRow[], mm: string) =>
    rows.filter((r) => String(r.month).endsWith(`-${mm}`)).reduce((sum, r) => sum + Number(r.counted_amount_fen), 0)
  return Array.from({ length: 12 }, (_, i) => {
    const mm = String(i + 1).padStart(2, "0")
    return { month: mm, this_year_fen: amountOf(thisYear, mm), last_year_fen: amountOf(lastYear, mm) }
  })
}

/** The sum of one amount over rows. */
export const total = (rows: StatsRow[], key: "counted_amount_fen" | "uncounted_amount_fen" | "completed_amount_fen") =>
  rows.reduce((sum, r) => sum + Number(r[key]), 0)
