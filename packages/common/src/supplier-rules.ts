/**
 * Suppliers' kinds, lifecycle and wording, free of server imports so Medusa Admin and the portals
 * can use them. 832-style admission: 主体自愿申请 → 平台审核 (approved), then 动态管理 (suspend,
 * reinstate, terminate).
 */
export const ENTITY_TYPES = ["enterprise", "cooperative", "family_farm"] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

export const ENTITY_TYPE_LABELS: Record<EntityType, { zh: string; en: string }> = {
  enterprise: { zh: "企业", en: "Enterprise" },
  cooperative: { zh: "农民专业合作社", en: "Farmers' cooperative" },
  family_farm: { zh: "家庭农场", en: "Family farm" },
}

/** What a supplier declares when it registers (入驻申请): who it is and how to reach it. */
export interface SupplierFacts {
  name: string
  uscc: string
  entity_type: EntityType
  county_code: string
  contact_name: string
  contact_phone: string
}

export const SUPPLIER_STATUSES = ["pending", "approved", "suspended", "terminated"] as const
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number]

export const SUPPLIER_STATUS_LABELS: Record<SupplierStatus, { zh: string; en: string }> = {
  pending: { zh: "待审核", en: "Pending" },
  approved: { zh: "已入驻", en: "Approved" },
  suspended: { zh: "已暂停", en: "Suspended" },
  terminated: { zh: "已清退", en: "Terminated" },
}

export const SUPPLIER_TRANSITIONS: Record<SupplierStatus, readonly SupplierStatus[]> = {
  pending: ["approved", "terminated"],
  approved: ["suspended", "terminated"],
  suspended: ["approved", "terminated"],
  terminated: [],
}

/** Moves that must say why, for the supplier and for the record. */
export const SUPPLIER_REASON_REQUIRED: readonly SupplierStatus[] = ["suspended", "terminated"]

/** Why `from → to` is not allowed (with or without `reason`), or null. */
export function supplierTransitionProblem(
  from: SupplierStatus,
  to: SupplierStatus,
  reason?: string | null
): string | null {
  if (!SUPPLIER_TRANSITIONS[from].includes(to)) {
    const allowed = SUPPLIER_TRANSITIONS[from].map((s) => SUPPLIER_STATUS_LABELS[s].zh).join("、") || "无"
    return `供应商不能从“${SUPPLIER_STATUS_LABELS[from].zh}”变为“${SUPPLIER_STATUS_LABELS[to].zh}”（可变为：${allowed}）`
  }
  if (SUPPLIER_REASON_REQUIRED.includes(to) && !reason?.trim())
    return `变为“${SUPPLIER_STATUS_LABELS[to].zh}”须说明原因`
  return null
}

export const SUPPLIER_USER_ROLES = ["owner", "staff"] as const
export type SupplierUserRole = (typeof SUPPLIER_USER_ROLES)[number]

export const SUPPLIER_USER_ROLE_LABELS: Record<SupplierUserRole, { zh: string; en: string }> = {
  owner: { zh: "负责人", en: "Owner" },
  staff: { zh: "员工", en: "Staff" },
}

/** Carriers offered when shipping; `other` takes a name. */
export const CARRIERS = ["sf", "ems", "jd", "zto", "yto", "yunda", "sto", "jt", "deppon", "other"] as const
export type Carrier = (typeof CARRIERS)[number]

export const CARRIER_LABELS: Record<Carrier, { zh: string; en: string }> = {
  sf: { zh: "顺丰速运", en: "SF Express" },
  zto: { zh: "中通快递", en: "ZTO Express" },
  yto: { zh: "圆通速递", en: "YTO Express" },
  yunda: { zh: "韵达快递", en: "Yunda Express" },
  sto: { zh: "申通快递", en: "STO Express" },
  jd: { zh: "京东物流", en: "JD Logistics" },
  jt: { zh: "极兔速递", en: "J&T Express" },
  ems: { zh: "中国邮政EMS", en: "China Post EMS" },
  deppon: { zh: "德邦快递", en: "Deppon Express" },
  other: { zh: "其他", en: "Other" },
}

/** What a supplier's inbox tells it about: an order to ship, a certificate that moved or is expiring, its own account. */
export const SUPPLIER_NOTIFICATION_KINDS = [
  "order_to_ship",
  "certificate_status",
  "certificate_expiring",
  "account_status",
] as const
export type SupplierNotificationKind = (typeof SUPPLIER_NOTIFICATION_KINDS)[number]

/**
 * What a supplier uploads a file for. Pictures are public (the shop shows them); evidence and
 * invoices are private, served only to the supplier, operators and the office the sale counts for.
 */
export const SUPPLIER_FILE_PURPOSES = ["picture", "evidence", "invoice"] as const
export type SupplierFilePurpose = (typeof SUPPLIER_FILE_PURPOSES)[number]

/** Where a supplier's part of an order stands: 待发货, 已发货 (not yet accepted), 已验收 by the buyer. */
export const PART_STATUSES = ["to_ship", "shipped", "accepted"] as const
export type PartStatus = (typeof PART_STATUSES)[number]

export const PART_STATUS_LABELS: Record<PartStatus, { zh: string; en: string }> = {
  to_ship: { zh: "待发货", en: "To ship" },
  shipped: { zh: "已发货", en: "Shipped" },
  accepted: { zh: "已验收", en: "Accepted" },
}
