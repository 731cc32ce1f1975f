import { PAIRING_TYPE_LABELS } from "@zhunong/common/pairing-rules"
import { CHANNEL_LABELS, FUNDING_LABELS, UNIT_TYPE_LABELS } from "@zhunong/common/purchase-rules"
import { pick } from "@/i18n/locales"
import { namedStats, type StatsRow } from "./data/office"

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

/** The overview's breakdowns of a year's amounts, each a chart, its table and a CSV of that table. */
export const BREAKDOWNS = ["county", "province", "unit", "unit_type", "channel", "funding", "pairing_type"] as const
export type Breakdown = (typeof BREAKDOWNS)[number]
export const isBreakdown = (value: string): value is Breakdown => (BREAKDOWNS as readonly string[]).includes(value)

const VOCABULARIES: Partial<Record<Breakdown, Record<string, { zh: string; en: string }>>> = {
  unit_type: UNIT_TYPE_LABELS,
  channel: CHANNEL_LABELS,
  funding: FUNDING_LABELS,
  pairing_type: PAIRING_TYPE_LABELS,
}
const NONE: Partial<Record<Breakdown, { zh: string; en: string }>> = {
  county: { zh: "（无产地）", en: "(no origin)" },
  province: { zh: "（无产地）", en: "(no origin)" },
  unit: { zh: "（个人，无单位）", en: "(no unit)" },
  pairing_type: { zh: "（无对口关系）", en: "(not paired)" },
}

export interface Slice {
  /** The code or id grouped by; '' for none. */
  code: string
  label: string
  counted_fen: number
  uncounted_fen: number
}

/** A year's counted and uncounted amounts by one dimension, labelled in the reader's language, largest first. */
export async function breakdown(dimension: Breakdown, year: number, locale: string): Promise<Slice[]> {
  const { rows, names } = await namedStats({ group_by: dimension, from: `${year}-01`, to: `${year}-12` })
  const vocabulary = VOCABULARIES[dimension]
  return rows
    .map((r) => {
      const code = String(r[dimension] ?? "")
      const known = vocabulary?.[code]
      const none = NONE[dimension]
      return {
        code,
        label: !code && none ? pick(none, locale) : known ? pick(known, locale) : (names[code] ?? code),
        counted_fen: Number(r.counted_amount_fen),
        uncounted_fen: Number(r.uncounted_amount_fen),
      }
    })
    .sort((a, b) => b.counted_fen - a.counted_fen || b.uncounted_fen - a.uncounted_fen)
}
