import { MedusaError } from "@medusajs/framework/utils"
import { REASON_REQUIRED, STATUS_LABELS, TRANSITIONS, type CertificateStatus } from "@zhunong/common/certificate-rules"

export { TRANSITIONS, type CertificateStatus }

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

/**
 * A certificate becomes 有效 only inside its validity window: one whose window has ended is 过期, and
 * one whose window has not begun is published when it begins. `today` is the Asia/Shanghai date.
 */
export function assertWithinValidity(
  to: CertificateStatus,
  window: { valid_from: string; valid_to: string },
  today: string
): void {
  if (to !== "valid") return
  if (window.valid_to < today) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `valid_to: 有效期已于 ${window.valid_to} 结束，不能设为“有效”，应设为“过期”`
    )
  }
  if (window.valid_from > today) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `valid_from: 有效期自 ${window.valid_from} 起，尚未开始，届时才能设为“有效”`
    )
  }
}
