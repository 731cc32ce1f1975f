import { MedusaError } from "@medusajs/framework/utils"
import { REASON_REQUIRED, STATUS_LABELS, TRANSITIONS, type CertificateStatus } from "./certificate-rules"

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
