/** The offices that read the statistics of their jurisdiction (DOMAIN.md: who uses it). */
export const OFFICE_TYPES = [
  "counterpart_support",
  "cooperation_exchange",
  "rural_revitalization",
  "commerce",
  "trade_union",
] as const
export type OfficeType = (typeof OFFICE_TYPES)[number]

export const OFFICE_TYPE_LABELS: Record<OfficeType, { zh: string; en: string }> = {
  counterpart_support: { zh: "对口支援办", en: "Counterpart support office" },
  cooperation_exchange: { zh: "合作交流办", en: "Cooperation and exchange office" },
  rural_revitalization: { zh: "乡村振兴局", en: "Rural revitalization bureau" },
  commerce: { zh: "商务局", en: "Commerce bureau" },
  trade_union: { zh: "总工会", en: "Federation of trade unions" },
}
