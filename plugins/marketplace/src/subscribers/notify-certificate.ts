import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CERTIFICATE_STATUSES, type CertificateStatus } from "@zhunong/common/certificate-rules"
import {
  notifyCertificateExpiringWorkflow,
  notifyCertificateStatusWorkflow,
} from "../workflows/marketplace/workflows/notifications"

/** The moves a supplier hears about: every status after its own application. */
const NOTIFIED = CERTIFICATE_STATUSES.filter((status) => status !== "applied")

/** A certificate's applicant hears when it moves and when it nears its end (`certificate.expiring`, 90/60/30 days). */
export default async function notifyCertificate({
  event,
  container,
}: SubscriberArgs<{ id: string; to?: CertificateStatus; days?: number }>) {
  if (event.name === "certificate.expiring" && event.data.days) {
    await notifyCertificateExpiringWorkflow(container).run({
      input: { certificate_id: event.data.id, days: event.data.days },
    })
  } else if (event.data.to) {
    await notifyCertificateStatusWorkflow(container).run({
      input: { certificate_id: event.data.id, to: event.data.to },
    })
  }
}

export const config: SubscriberConfig = {
  event: [...NOTIFIED.map((status) => `certificate.${status}`), "certificate.expiring"],
}
