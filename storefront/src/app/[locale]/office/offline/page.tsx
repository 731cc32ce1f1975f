import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { CHANNEL_LABELS, CHANNELS, FUNDING_LABELS, FUNDINGS } from "@zhunong/common/purchase-rules"
import { Pager, offsetOf } from "@/components/portal/Pager"
import { pick } from "@/i18n/locales"
import { formatFen } from "@/lib/format"
import { currentOffice, offlinePurchases, type OfflinePurchase } from "@/lib/data/office"
import { OfflineDecisionForm } from "../forms"

const LIMIT = 20
const STATUSES = ["pending", "verified", "rejected"] as const

/**
 * 平台外采购核实: purchases units of the subtree made off the platform (展销会, 专柜, contracts), with
 * their invoices and evidence; the office verifies them (they then count) or sends them back with a reason.
 */
export default async function OfflinePage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; offset?: string }>
}) {
  const params = await searchParams
  const office = await currentOffice()
  if (!office) redirect("/office/login?next=%2Foffice%2Foffline")
  const [t, locale] = await Promise.all([getTranslations("office.offline"), getLocale()])
  // the queue by default; `all` lists every decision too
  const status = params.status === "all" ? undefined : (STATUSES.find((s) => s === params.status) ?? "pending")
  const offset = offsetOf(params.offset)
  const { offline_purchases: purchases, count } = await offlinePurchases({ status, offset, limit: LIMIT })
  const label = <T extends string>(
    codes: readonly T[],
    labels: Record<T, { zh: string; en: string }>,
    code: string
  ) => {
    const known = codes.find((c) => c === code)
    return known ? pick(labels[known], locale) : code
  }
  const statusText = (p: OfflinePurchase) => t(`statuses.${p.status}`)
  return (
    <section>
      <h1>{t("title")}</h1>
      <nav className="tabs" aria-label={t("filter")}>
        {[...STATUSES, "all" as const].map((s) => (
          <a key={s} href={`/office/offline?status=${s}`} aria-current={(status ?? "all") === s ? "page" : undefined}>
            {s === "all" ? t("all") : t(`statuses.${s}`)}
          </a>
        ))}
      </nav>
      <p className="muted">{t("count", { count })}</p>
      {purchases.length ? (
        <ul className="finding-rows">
          {purchases.map((p) => (
            <li key={p.id} id={p.id} className="finding" data-testid="offline-purchase">
              <h2>
                {p.unit_name} · {p.description} <span className="badge">{statusText(p)}</span>
              </h2>
              <dl className="facts">
                <dt>{t("supplier")}</dt>
                <dd>
                  {p.supplier_name}
                  {p.supplier_uscc ? `（${p.supplier_uscc}）` : ""}
                </dd>
                <dt>{t("amount")}</dt>
                <dd>{formatFen(p.amount_fen)}</dd>
                <dt>{t("date")}</dt>
                <dd>{p.purchase_date}</dd>
                <dt>{t("origin")}</dt>
                <dd>{p.county_code}</dd>
                <dt>{t("channel")}</dt>
                <dd>
                  {label(CHANNELS, CHANNEL_LABELS, p.channel)} · {label(FUNDINGS, FUNDING_LABELS, p.funding)} ·{" "}
                  {p.purchase_type === "helped" ? t("helped") : t("direct")}
                </dd>
                <dt>{t("invoices")}</dt>
                <dd>{p.invoice_numbers.join("、")}</dd>
                {p.contract_number ? (
                  <>
                    <dt>{t("contract")}</dt>
                    <dd>{p.contract_number}</dd>
                  </>
                ) : null}
                <dt>{t("evidence")}</dt>
                <dd>
                  {p.evidence?.length
                    ? p.evidence.map((e, i) => (
                        <a key={e.url ?? i} href={e.url} target="_blank" rel="noopener" className="file-link">
                          {e.name ?? t("file", { n: i + 1 })}
                        </a>
                      ))
                    : t("noEvidence")}
                </dd>
                {p.reason ? (
                  <>
                    <dt>{t("reason")}</dt>
                    <dd>{p.reason}</dd>
                  </>
                ) : null}
              </dl>
              {p.status === "pending" ? <OfflineDecisionForm id={p.id} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{status === "pending" ? t("queueEmpty") : t("empty")}</p>
      )}
      <Pager path="/office/offline" params={{ status: status ?? "all" }} offset={offset} limit={LIMIT} count={count} />
    </section>
  )
}
