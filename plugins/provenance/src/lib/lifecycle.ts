import { MedusaError } from "@medusajs/framework/utils"
import type { CERTIFICATE_STATUSES } from "../modules/provenance/models/certificate"

export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

/**
 * The certificate lifecycle from the seeds: 市场主体自愿申请 → 区级部门认定 (review) → 定期公示发布
 * (publicity, then valid), then 动态管理 (suspend / reinstate / revoke). Expiry is set by the daily job.
 */
export const TRANSITIONS: Record<CertificateStatus, readonly CertificateStatus[]> = {
  applied: ["under_review", "rejected"],
  under_review: ["publicity", "rejected"],
  publicity: ["valid", "rejected"],
  valid: ["suspended", "revoked", "expired"],
  suspended: ["valid", "revoked", "expired"],
  rejected: [],
  revoked: [],
  expired: [],
}

/** Transitions that must say why. */
const REASON_REQUIRED: readonly CertificateStatus[] = ["rejected", "suspended", "revoked"]

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

/** Throws a NOT_ALLOWED or INVALID_DATA error (both 400; Medusa hides the message of a 409) that names the transition and why it is refused. */
export function assertTransition(from: CertificateStatus, to: CertificateStatus, reason?: string | null): void {
  if (!TRANSITIONS[from].includes(to)) {
    const allowed = TRANSITIONS[from]
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `证书不能从“${STATUS_LABELS[from]}”(${from}) 变为“${STATUS_LABELS[to]}”(${to})：` +
        (allowed.length ? `此状态只能变为 ${allowed.join(", ")}` : `“${STATUS_LABELS[from]}”是终止状态`)
    )
  }
  if (REASON_REQUIRED.includes(to) && !reason?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason: 变为“${STATUS_LABELS[to]}”(${to}) 必须填写原因`)
  }
}
