/**
 * Why a sold line does not count toward assistance statistics (the first reason the counting rule
 * finds), with its wording: the ledger, Medusa Admin and the office portal say it the same way.
 */
export const NOT_COUNTED_REASONS = ["no_origin", "not_certified", "no_unit", "not_assisted_county"] as const
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number]

export const NOT_COUNTED_LABELS: Record<NotCountedReason, { zh: string; en: string }> = {
  no_origin: { zh: "商品无产地县", en: "No origin county" },
  not_certified: { zh: "交易日无有效认定", en: "Not certified on the sale date" },
  no_unit: { zh: "购买人不属于采购单位", en: "No buying unit" },
  not_assisted_county: { zh: "产地县既非对口县也非脱贫县", en: "County neither paired nor 脱贫县" },
}
