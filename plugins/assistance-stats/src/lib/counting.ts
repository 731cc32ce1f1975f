import type { NotCountedReason } from "@zhunong/common/counting-rules"

/**
 * The counting rule (DOMAIN.md): a sale counts toward assistance statistics only if, on the
 * transaction date, the product had an origin county, a valid certificate, the buyer belonged to a
 * buying unit, and the county was paired with the unit's jurisdiction (or an ancestor) or was a
 * 脱贫县. Every row that does not count says the first reason why not.
 */
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
