import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addDays, shanghaiDate } from "@zhunong/common/dates"
import { PROVENANCE_MODULE } from "../modules/provenance"
import type ProvenanceModuleService from "../modules/provenance/service"
import { transitionCertificateWorkflow } from "../workflows/provenance/workflows/transition-certificate"

export const REMINDER_DAYS = [90, 60, 30] as const

/**
 * Expires certificates whose validity ended before `today` (Asia/Shanghai) — valid, suspended, or
 * still in publicity (they can no longer become valid) — and emits
 * `certificate.expiring` { id, days } once per certificate at 90, 60 and 30 days before valid_to.
 * Idempotent, so it can run hourly whatever the server's time zone.
 */
export async function runCertificateExpiry(container: MedusaContainer, today = shanghaiDate(new Date())) {
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const ended = await provenance.listCertificates(
    { status: ["publicity", "valid", "suspended"], valid_to: { $lt: today } },
    { select: ["id", "valid_to"], take: null }
  )
  for (const certificate of ended) {
    await transitionCertificateWorkflow(container).run({
      input: {
        id: certificate.id,
        to: "expired",
        reason: `有效期至 ${certificate.valid_to}`,
        actor: { type: "system", id: null },
      },
    })
  }

  const eventBus = container.resolve(Modules.EVENT_BUS)
  let reminded = 0
  for (const days of REMINDER_DAYS) {
    const due = await provenance.listCertificates(
      { status: "valid", valid_to: addDays(today, days) },
      { select: ["id", "reminded_days_before"], take: null }
    )
    const fresh = due.filter((c) => c.reminded_days_before !== days)
    if (!fresh.length) continue
    await provenance.updateCertificates(fresh.map((c) => ({ id: c.id, reminded_days_before: days })))
    await eventBus.emit(fresh.map((c) => ({ name: "certificate.expiring", data: { id: c.id, days } })))
    reminded += fresh.length
  }
  return { expired: ended.length, reminded }
}

export default async function certificateExpiryJob(container: MedusaContainer) {
  const result = await runCertificateExpiry(container)
  if (result.expired || result.reminded) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Certificates: ${result.expired} expired, ${result.reminded} expiry reminders`)
  }
}

export const config = { name: "certificate-expiry", schedule: "0 * * * *" }
