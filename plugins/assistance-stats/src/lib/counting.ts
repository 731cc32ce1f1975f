/**
 * The counting rule (DOMAIN.md): a sale counts toward assistance statistics only if, on the
 * transaction date, the product had an origin county, a valid certificate, the buyer belonged to a
 * buying unit, and the county was paired with the unit's jurisdiction (or an ancestor) or was a
 * 脱贫县. Every row that does not count says the first reason why not.
 */
export const NOT_COUNTED_REASONS = ["no_origin", "not_certified", "no_unit", "not_assisted_county"] as const
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number]

export const NOT_COUNTED_LABELS: Record<NotCountedReason, { zh: string; en: string }> = {
  no_origin: { zh: "商品无产地县", en: "No origin county" },
  not_certified: { zh: "交易日无有效认定", en: "Not certified on the sale date" },
  no_unit: { zh: "购买人不属于采购单位", en: "No buying unit" },
  not_assisted_county: { zh: "产地县既非对口县也非脱贫县", en: "County neither paired nor 脱贫县" },
}

export interface CountingFacts {
  county_code: string | null
  /** Certificates valid on the date; null for an off-platform purchase, whose office verification attests it. */
  certificate_count: number | null
  unit_id: string | null
  paired: boolean
  poverty_exit: boolean
}

export function notCountedReason(facts: CountingFacts): NotCountedReason | null {
  if (!facts.county_code) return "no_origin"
  if (facts.certificate_count === 0) return "not_certified"
  if (!facts.unit_id) return "no_unit"
  if (!facts.paired && !facts.poverty_exit) return "not_assisted_county"
  return null
}
