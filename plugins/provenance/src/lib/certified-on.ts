import type { CertificateStatus } from "@zhunong/common/certificate-rules"
import { endOfShanghaiDay, shanghaiDate } from "@zhunong/common/dates"

export interface CertificateHistory {
  id: string
  type: string
  number: string
  valid_from: string
  valid_to: string
  events: { to_status: string; occurred_at: Date | string }[]
}

/** The status a certificate had at `instant`, from its event history (null before it was applied for). */
export function statusAt(events: CertificateHistory["events"], instant: Date): CertificateStatus | null {
  let status: CertificateStatus | null = null
  let latest = -Infinity
  for (const event of events) {
    const at = new Date(event.occurred_at).getTime()
    if (at <= instant.getTime() && at >= latest) {
      latest = at
      status = event.to_status as CertificateStatus
    }
  }
  return status
}

/**
 * The certificates that made a sale at `at` count: the Shanghai date of `at` lies in the validity
 * window and the lifecycle said `valid` at that instant. A later suspension or revocation leaves
 * the answer for earlier instants unchanged; an expired window never counts. A bare date means the
 * end of that day, so a certificate revoked during the day does not count for that day.
 */
export function certificatesValidAt<T extends CertificateHistory>(
  certificates: T[],
  at: Date | string,
  type?: string
): T[] {
  const instant = typeof at === "string" ? endOfShanghaiDay(at) : at
  const day = shanghaiDate(instant)
  return certificates.filter(
    (c) =>
      (!type || c.type === type) && c.valid_from <= day && day <= c.valid_to && statusAt(c.events, instant) === "valid"
  )
}
