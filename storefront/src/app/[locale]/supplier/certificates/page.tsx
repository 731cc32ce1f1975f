import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { CERTIFICATE_STATUSES } from "@zhunong/common/certificate-rules"
import { shanghaiDate } from "@zhunong/common/dates"
import { Pager, offsetOf } from "@/components/portal/Pager"
import { formatDate } from "@/lib/format"
import { certificateStatus, certificateType } from "@/lib/provenance"
import { listCertificates } from "@/lib/data/supplier"
import { requireSupplier } from "@/lib/supplier-session"

const LIMIT = 20
const DAY = 24 * 60 * 60 * 1000

/** 认定: the supplier's certificates through their lifecycle, with history and the 90/60/30-day expiry warning. */
export default async function CertificatesPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; offset?: string; applied?: string }>
}) {
  await requireSupplier("/supplier/certificates")
  const [t, locale, params] = await Promise.all([getTranslations("supplier.certificates"), getLocale(), searchParams])
  const status = CERTIFICATE_STATUSES.find((s) => s === params.status)
  const offset = offsetOf(params.offset)
  const { certificates, count } = await listCertificates({ status, offset, limit: LIMIT })
  const today = shanghaiDate(new Date())
  return (
    <section>
      <h1>{t("title")}</h1>
      {params.applied ? (
        <p role="status" className="form-ok">
          {t("applied")}
        </p>
      ) : null}
      <p className="muted">{t("help")}</p>
      <nav className="tabs" aria-label={t("filter")}>
        <Link href="/supplier/certificates" aria-current={!status ? "page" : undefined}>
          {t("all")}
        </Link>
        {(["applied", "under_review", "publicity", "valid", "rejected", "expired"] as const).map((s) => (
          <Link key={s} href={`/supplier/certificates?status=${s}`} aria-current={status === s ? "page" : undefined}>
            {certificateStatus(s, locale)}
          </Link>
        ))}
      </nav>
      {certificates.length ? (
        <ul className="certificate-rows">
          {certificates.map((c) => {
            const days = Math.round((Date.parse(c.valid_to) - Date.parse(today)) / DAY)
            const expiring = c.status === "valid" && days <= 90
            return (
              <li key={c.id} data-testid="certificate-row">
                <p>
                  <strong>{c.number}</strong> · {certificateType(c.type, locale)} ·{" "}
                  <span
                    className={c.status === "valid" ? "check-ok" : c.status === "rejected" ? "check-no" : "status-wait"}
                  >
                    {certificateStatus(c.status, locale)}
                  </span>
                </p>
                <p className="muted">
                  {t("validity", { from: c.valid_from, to: c.valid_to })} · {c.issuer} ·{" "}
                  {c.products.map((p) => p.title).join("、")}
                </p>
                {expiring ? <p className="check-no">{t("expiring", { days })}</p> : null}
                {c.status_reason ? <p>{t("reason", { reason: c.status_reason })}</p> : null}
                {c.evidence?.files?.length ? (
                  <p>
                    {t("evidenceFiles")}{" "}
                    {c.evidence.files.map((f) => (
                      <a
                        key={f.id}
                        href={`/supplier/files/${encodeURIComponent(f.id)}`}
                        target="_blank"
                        rel="noreferrer"
                        className="file-link"
                      >
                        {f.name ?? f.id}
                      </a>
                    ))}
                  </p>
                ) : null}
                <details>
                  <summary>{t("history", { count: c.events.length })}</summary>
                  <ol>
                    {[...c.events]
                      .sort((a, b) => a.occurred_at.localeCompare(b.occurred_at))
                      .map((e, i) => (
                        <li key={i}>
                          {formatDate(e.occurred_at, locale)} {certificateStatus(e.to_status, locale)}
                          {e.reason ? `：${e.reason}` : ""}
                        </li>
                      ))}
                  </ol>
                </details>
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
      <Pager path="/supplier/certificates" params={{ status }} offset={offset} limit={LIMIT} count={count} />
    </section>
  )
}
