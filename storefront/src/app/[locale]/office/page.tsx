import Link from "next/link"
import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { NOT_COUNTED_LABELS, NOT_COUNTED_REASONS, type NotCountedReason } from "@zhunong/common/counting-rules"
import { pick } from "@/i18n/locales"
import { shanghaiYear } from "@zhunong/common/dates"
import { formatFen, formatWan } from "@/lib/format"
import { currentOffice, decidedChecks, stats, targets } from "@/lib/data/office"
import { monthSeries, total } from "@/lib/office-overview"
import { BreakdownSection } from "./BreakdownSection"
import { MonthChart } from "./MonthChart"

/** A reason the ledger gives, in the reader's language (an unknown one as it came). */
const isReason = (reason: string): reason is NotCountedReason =>
  (NOT_COUNTED_REASONS as readonly string[]).includes(reason)
const reasonLabel = (reason: string, locale: string) =>
  isReason(reason) ? pick(NOT_COUNTED_LABELS[reason], locale) : reason

/**
 * The office's year at a glance, for its own jurisdiction subtree: counted against each target,
 * counted vs not counted and why, 直接采购 vs 帮助销售, placed vs completed (832), by month beside
 * last year. Every figure is a rollup from /office/stats, the service the exports use.
 */
export default async function OfficeOverview() {
  const office = await currentOffice()
  if (!office) redirect("/office/login?next=%2Foffice")
  const [t, locale] = await Promise.all([getTranslations("office.overview"), getLocale()])
  const year = shanghaiYear()
  const range = (y: number) => ({ from: `${y}-01`, to: `${y}-12` })
  const [months, lastMonths, reasons, types, goals, decided] = await Promise.all([
    stats({ group_by: "month", ...range(year) }),
    stats({ group_by: "month", ...range(year - 1) }),
    stats({ group_by: "not_counted_reason", counted: "false", ...range(year) }),
    stats({ group_by: "purchase_type", ...range(year) }),
    targets(year),
    decidedChecks(),
  ])
  const counted = total(months, "counted_amount_fen")
  const uncounted = total(months, "uncounted_amount_fen")
  const completed = total(months, "completed_amount_fen")
  const series = monthSeries(months, lastMonths)
  const amount = (fen: number) => (
    <span title={formatFen(fen)}>
      {formatWan(fen)}
      {t("wan")}
    </span>
  )
  return (
    <section>
      <h1>{t("title", { year })}</h1>
      <p className="muted">{t("scope", { office: office.office_name, count: office.subtree.length })}</p>
      <ul className="tiles" data-testid="overview-totals">
        <li>
          <div>
            <strong>{amount(counted)}</strong> {t("counted")}
          </div>
        </li>
        <li>
          <div>
            <strong>{amount(uncounted)}</strong> {t("uncounted")}
          </div>
        </li>
        <li>
          <div>
            <strong>{amount(completed)}</strong> {t("completed")}
          </div>
        </li>
        <li>
          {/* decisions only: the checks themselves read the year's ledger, on their own page */}
          <Link href="/office/checks" data-testid="checks-tile">
            <strong>{decided.confirmed + decided.false_positive + decided.resolved}</strong> {t("decidedTitle")}
            <span className="muted tile-note">
              {t("decidedChecks", {
                confirmed: decided.confirmed,
                false_positive: decided.false_positive,
                resolved: decided.resolved,
              })}
            </span>
          </Link>
        </li>
      </ul>

      <h2>{t("targets")}</h2>
      {goals.length ? (
        <ul className="target-rows">
          {goals.map((goal) => {
            const p = goal.total
            return (
              <li key={goal.id}>
                <strong>{goal.name}</strong>
                {p && p.required_fen !== null ? (
                  <>
                    <progress max={p.required_fen} value={Math.min(p.achieved_fen, p.required_fen)} />
                    <p className={p.on_track ? "check-ok" : "check-no"}>
                      {t("progress", {
                        achieved: formatFen(p.achieved_fen),
                        required: formatFen(p.required_fen),
                        projected: formatFen(p.projected_fen),
                      })}{" "}
                      {p.on_track ? t("onTrack") : t("behind")}
                    </p>
                  </>
                ) : (
                  <p className="muted">{t("perUnit", { count: goal.units?.length ?? 0 })}</p>
                )}
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="muted">{t("noTargets")}</p>
      )}

      <div className="page-title">
        <h2>{t("byMonth")}</h2>
        <a href={`/office/csv/months?year=${year}`} className="button secondary" download>
          {t("csv")}
        </a>
      </div>
      <MonthChart data={series} year={year} />
      <div className="table-scroll">
        <table data-testid="month-table">
          <thead>
            <tr>
              <th>{t("month")}</th>
              <th>{year}</th>
              <th>{year - 1}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.month}>
                <td>
                  <Link href={`/office/ledger?month=${year}-${p.month}`}>{p.month}</Link>
                </td>
                <td>{formatFen(p.this_year_fen)}</td>
                <td>{formatFen(p.last_year_fen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="two-columns">
        <div>
          <h2>{t("whyNot")}</h2>
          <table>
            <tbody>
              {reasons.length ? (
                reasons.map((r) => (
                  <tr key={String(r.not_counted_reason)}>
                    <td>
                      <Link
                        href={`/office/ledger?counted=false&not_counted_reason=${encodeURIComponent(String(r.not_counted_reason))}`}
                      >
                        {reasonLabel(String(r.not_counted_reason), locale)}
                      </Link>
                    </td>
                    <td>{formatFen(Number(r.uncounted_amount_fen))}</td>
                  </tr>
                ))
              ) : (
                <tr>
                  <td className="muted">{t("allCounted")}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <div>
          <h2>{t("types")}</h2>
          <table>
            <tbody>
              {types.map((r) => (
                <tr key={String(r.purchase_type)}>
                  <td>{r.purchase_type === "helped" ? t("helped") : t("direct")}</td>
                  <td>{formatFen(Number(r.counted_amount_fen))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <BreakdownSection dimension="county" year={year} />
      <BreakdownSection dimension="unit" year={year} />
      <div className="two-columns">
        <BreakdownSection dimension="province" year={year} />
        <BreakdownSection dimension="unit_type" year={year} />
        <BreakdownSection dimension="channel" year={year} />
        <BreakdownSection dimension="funding" year={year} />
        <BreakdownSection dimension="pairing_type" year={year} />
      </div>
    </section>
  )
}
