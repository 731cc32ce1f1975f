import Link from "next/link"
import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { CHECK_DECISION_LABELS, CHECK_LABELS } from "@zhunong/common/counting-rules"
import { shanghaiYear } from "@zhunong/common/dates"
import { pick } from "@/i18n/locales"
import { formatDate } from "@/lib/format"
import { checks, currentOffice } from "@/lib/data/office"
import { CheckDecisionForm } from "../forms"

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * 疑点核查: the checks' findings in the office's subtree as a worklist — open ones first — each with
 * the rows it names, the decisions made on it (kept as history) and the form to decide.
 */
export default async function ChecksPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const params = await searchParams
  const office = await currentOffice()
  if (!office) redirect("/office/login?next=%2Foffice%2Fchecks")
  const [t, locale] = await Promise.all([getTranslations("office.checks"), getLocale()])
  const year = shanghaiYear()
  const from = MONTH.test(params.from ?? "") ? params.from! : `${year}-01`
  const to = MONTH.test(params.to ?? "") && params.to! >= from ? params.to! : `${year}-12`
  const { findings, summary } = await checks({ from, to })
  const ordered = [...findings].sort((a, b) => Number(a.decisions.length > 0) - Number(b.decisions.length > 0))
  return (
    <section>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <form className="filters" aria-label={t("range")}>
        <label>
          {t("from")} <input type="month" name="from" defaultValue={from} />
        </label>
        <label>
          {t("to")} <input type="month" name="to" defaultValue={to} />
        </label>
        <button type="submit" className="button secondary">
          {t("apply")}
        </button>
      </form>
      <p data-testid="checks-summary">
        {t("summary", {
          open: summary.open,
          confirmed: summary.confirmed,
          false_positive: summary.false_positive,
          resolved: summary.resolved,
        })}
      </p>
      {ordered.length ? (
        <ul className="finding-rows">
          {ordered.map((f) => {
            const latest = f.decisions[0]
            return (
              <li key={f.key} className="finding" data-testid="finding">
                <h2>
                  {pick(CHECK_LABELS[f.check], locale)}{" "}
                  <span className={latest ? "badge" : "badge warn"}>
                    {latest ? pick(CHECK_DECISION_LABELS[latest.decision], locale) : t("open")}
                  </span>
                </h2>
                <p>{f.message}</p>
                <p>
                  {f.entry_keys.length ? (
                    <Link href={`/office/ledger?entry_key=${encodeURIComponent(f.entry_keys.join(","))}`}>
                      {t("rows", { count: f.entry_keys.length })}
                    </Link>
                  ) : null}{" "}
                  {f.offline_purchase_ids.length ? (
                    <Link href={`/office/offline?status=all#${f.offline_purchase_ids[0]}`}>
                      {t("offline", { count: f.offline_purchase_ids.length })}
                    </Link>
                  ) : null}
                </p>
                {f.decisions.length ? (
                  <ol className="history" aria-label={t("history")}>
                    {f.decisions.map((d) => (
                      <li key={d.id}>
                        {formatDate(d.created_at, locale)} · {d.office_name} ·{" "}
                        <strong>{pick(CHECK_DECISION_LABELS[d.decision], locale)}</strong>：{d.note}
                      </li>
                    ))}
                  </ol>
                ) : null}
                <details open={!latest}>
                  <summary>{latest ? t("changeDecision") : t("decideTitle")}</summary>
                  <CheckDecisionForm findingKey={f.key} from={from} to={to} />
                </details>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="check-ok">{t("none")}</p>
      )}
    </section>
  )
}
