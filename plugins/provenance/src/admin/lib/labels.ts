import { REASON_REQUIRED, TRANSITIONS, type CertificateStatus } from "@zhunong/common/certificate-rules"

export const STATUS_COLORS: Record<CertificateStatus, "green" | "orange" | "red" | "grey" | "blue"> = {
  applied: "blue",
  under_review: "blue",
  publicity: "orange",
  valid: "green",
  rejected: "grey",
  suspended: "orange",
  revoked: "red",
  expired: "grey",
}

/** Button wording for a move, where the target status alone would read oddly. */
const ACTION_LABELS: Partial<Record<`${CertificateStatus}>${CertificateStatus}`, string>> = {
  "applied>under_review": "开始审核",
  "applied>rejected": "驳回申请",
  "under_review>publicity": "进入公示",
  "under_review>rejected": "不予认定",
  "publicity>valid": "公示期满，发布",
  "publicity>rejected": "公示有异议，不予认定",
  "valid>suspended": "暂停",
  "valid>revoked": "撤销",
  "suspended>valid": "恢复",
  "suspended>revoked": "撤销",
}

/** The moves an operator can make by hand from `status` (expiry is the job's). */
export function actionsFrom(status: CertificateStatus) {
  return TRANSITIONS[status]
    .filter((to) => to !== "expired")
    .map((to) => ({
      to,
      label: ACTION_LABELS[`${status}>${to}`] ?? to,
      needsReason: REASON_REQUIRED.includes(to),
      needsPublicity: to === "publicity",
    }))
}
