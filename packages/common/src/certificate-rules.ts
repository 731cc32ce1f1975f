/**
 * Certificate types and the lifecycle as data, free of server imports so Medusa Admin can bundle
 * them too.
 * From the seeds: 市场主体自愿申请 → 区级部门认定 (review) → 定期公示发布 (publicity, then valid),
 * then 动态管理 (suspend / reinstate / revoke). Expiry is set by the hourly job.
 */
export const CERTIFICATE_TYPES = [
  "assistance_product",
  "baixian_baipin",
  "geographical_indication",
  "green_food",
  "organic",
  "platform_832",
  "other",
] as const
export type CertificateType = (typeof CERTIFICATE_TYPES)[number]

export const CERTIFICATE_STATUSES = [
  "applied",
  "under_review",
  "publicity",
  "valid",
  "rejected",
  "suspended",
  "revoked",
  "expired",
] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

export const TRANSITIONS: Record<CertificateStatus, readonly CertificateStatus[]> = {
  applied: ["under_review", "rejected"],
  under_review: ["publicity", "rejected"],
  // a window that ended before publication: the certificate expires instead of becoming valid
  publicity: ["valid", "rejected", "expired"],
  valid: ["suspended", "revoked", "expired"],
  suspended: ["valid", "revoked", "expired"],
  rejected: [],
  revoked: [],
  expired: [],
}

/**
 * Statuses the public never sees: an application, its review and its rejection are between the
 * supplier and the reviewing office. Everything from 公示 on is published (and stays on record).
 */
export const UNPUBLISHED_STATUSES: readonly CertificateStatus[] = ["applied", "under_review", "rejected"]

/** Transitions that must say why. */
export const REASON_REQUIRED: readonly CertificateStatus[] = ["rejected", "suspended", "revoked"]

export const STATUS_LABELS: Record<CertificateStatus, string> = {
  applied: "已申请",
  under_review: "审核中",
  publicity: "公示中",
  valid: "有效",
  rejected: "未通过",
  suspended: "暂停",
  revoked: "撤销",
  expired: "过期",
}

export const TYPE_LABELS: Record<CertificateType, string> = {
  assistance_product: "帮扶产品认定",
  baixian_baipin: "百县百品",
  geographical_indication: "地理标志",
  green_food: "绿色食品",
  organic: "有机",
  platform_832: "832平台",
  other: "其他",
}

export const ISSUER_LEVELS = ["county", "prefecture", "province", "national", "association"] as const
export type IssuerLevel = (typeof ISSUER_LEVELS)[number]

export const ISSUER_LEVEL_LABELS: Record<IssuerLevel, string> = {
  county: "县级",
  prefecture: "地市级",
  province: "省级",
  national: "国家级",
  association: "行业协会",
}
