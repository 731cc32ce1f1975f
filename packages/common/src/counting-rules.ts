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

/** The checks (疑点) run over an office's 台账 and off-platform entries, in the reader's language. */
export const CHECKS = [
  "invoice_counted_twice",
  "offline_matches_platform_sale",
  "union_purchase_also_reported_by_unit",
  "shared_canteen_counted_twice",
  "counted_without_valid_certificate",
] as const
export type Check = (typeof CHECKS)[number]

export const CHECK_LABELS: Record<Check, { zh: string; en: string }> = {
  invoice_counted_twice: { zh: "同一发票重复登记", en: "Invoice claimed twice" },
  offline_matches_platform_sale: { zh: "平台外登记与平台订单重复", en: "Off-platform entry repeats a platform sale" },
  union_purchase_also_reported_by_unit: {
    zh: "工会采购被单位重复登记",
    en: "Union purchase also reported by its unit",
  },
  shared_canteen_counted_twice: { zh: "共用食堂重复计入", en: "Shared canteen counted twice" },
  counted_without_valid_certificate: { zh: "无有效认定却计入", en: "Counted without a valid certificate" },
}

/** What an office decides about a finding; decisions are kept as history, the latest stands. */
export const CHECK_DECISIONS = ["confirmed", "false_positive", "resolved"] as const
export type CheckDecision = (typeof CHECK_DECISIONS)[number]

export const CHECK_DECISION_LABELS: Record<CheckDecision, { zh: string; en: string }> = {
  confirmed: { zh: "已核实", en: "Confirmed" },
  false_positive: { zh: "误报", en: "False positive" },
  resolved: { zh: "已处理", en: "Resolved" },
}
