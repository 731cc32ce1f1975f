/**
 * The dimensions statistics group and filter by, and the rollup column each reads. Quarter and year
 * are computed from the month. Money in fen.
 */
export const DIMENSIONS = {
  month: "month",
  quarter: "substr(month, 1, 4) || '-Q' || ((substr(month, 6, 2)::int + 2) / 3)",
  year: "substr(month, 1, 4)",
  unit: "unit_id",
  unit_type: "unit_type",
  parent_unit: "parent_unit_id",
  jurisdiction: "jurisdiction_code",
  province: "province_code",
  prefecture: "prefecture_code",
  county: "county_code",
  poverty_exit: "poverty_exit",
  pairing_type: "pairing_type",
  certificate_type: "certificate_type",
  channel: "channel",
  funding: "funding",
  supplier: "supplier_id",
  purchase_type: "purchase_type",
  counted: "counted",
  not_counted_reason: "not_counted_reason",
} as const
export type Dimension = keyof typeof DIMENSIONS
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[]

/** The rollup's key columns, in its primary key's order; '' stands for "none" (no unit, no county…). */
export const ROLLUP_KEY = [
  "month",
  "jurisdiction_code",
  "unit_id",
  "unit_type",
  "parent_unit_id",
  "province_code",
  "prefecture_code",
  "county_code",
  "poverty_exit",
  "pairing_type",
  "certificate_type",
  "channel",
  "funding",
  "supplier_id",
  "purchase_type",
  "counted",
  "not_counted_reason",
] as const
export type RollupKey = Record<(typeof ROLLUP_KEY)[number], string | boolean>
