import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { shanghaiYear } from "@zhunong/common/dates"
import { formatDate, formatFen } from "@/lib/format"
import { settlement, settlementLines, type SettlementEntry } from "@/lib/data/supplier"
import { requireSupplier } from "@/lib/supplier-session"

/**
 * 结算: month by month gross, refunds and net (a bar per month, because people compare months by
 * eye), and the lines behind the month picked, with its CSV.
 */
export default async function SettlementPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; month?: string }>
}) {
  await requireSupplier("/supplier/settlement")
  const [t, locale, params] = await Promise.all([getTranslations("supplier.settlement"), getLocale(), searchParams])
  const thisYear = shanghaiYear()
  const year = /^\d{4}$/.test(params.year ?? "") ? Math.min(Math.max(Number(params.year), 2015), thisYear) : thisYear
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.month ?? "") ? params.month! : undefined
  const [{ months }, lines] = await Promise.all([
    settlement(year),
    month ? settlementLines(month) : Promise.resolve([] as SettlementEntry[]),
  ])
  const widest = Math.max(1, ...months.map((m) => Math.max(m.gross_fen, m.refunds_fen)))
  const total = months.reduce((sum, m) => sum + m.net_fen, 0)
  return (
    <section>
      <h1>{t("title")}</h1>
      <nav className="tabs" aria-label={t("year")}>
        {[thisYear - 1, thisYear].map((y) => (
          <Link key={y} href={`/supplier/settlement?year=${y}`} aria-current={y === year ? "page" : undefined}>
            {y}
          </Link>
        ))}
      </nav>
      <p>{t("total", { year, amount: formatFen(total) })}</p>
      {months.length ? (
        <>
          <ul className="bars" aria-hidden>
            {months.map((m) => (
              <li key={m.month}>
                <span className="bar-label">{m.month.slice(5)}</span>
                <span className="bar gross" style={{ width: `${(m.gross_fen / widest) * 100}%` }} />
                {m.refunds_fen ? (
                  <span className="bar refunds" style={{ width: `${(m.refunds_fen / widest) * 100}%` }} />
                ) : null}
              </li>
            ))}
          </ul>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t("month")}</th>
                  <th>{t("gross")}</th>
                  <th>{t("refunds")}</th>
                  <th>{t("net")}</th>
                  <th>{t("orders")}</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month} aria-current={m.month === month ? "true" : undefined}>
                    <td>
                      <Link href={`/supplier/settlement?year=${year}&month=${m.month}`}>{m.month}</Link>
                    </td>
                    <td>{formatFen(m.gross_fen)}</td>
                    <td>{formatFen(m.refunds_fen)}</td>
                    <td>{formatFen(m.net_fen)}</td>
                    <td>{m.orders}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>{t("empty", { year })}</p>
      )}
      {month ? (
        <>
          <div className="page-title">
            <h2>{t("lines", { month })}</h2>
            <a href={`/supplier/settlement/${month}`} className="button secondary" download>
              {t("csv")}
            </a>
          </div>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t("date")}</th>
                  <th>{t("kind")}</th>
                  <th>{t("order")}</th>
                  <th>{t("item")}</th>
                  <th>{t("quantity")}</th>
                  <th>{t("amount")}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l, i) => (
                  <tr key={`${l.order_id}-${l.kind}-${i}`}>
                    <td>{formatDate(l.at, locale)}</td>
                    <td>{t(`kinds.${l.kind}`)}</td>
                    <td>#{l.display_id}</td>
                    <td>{l.title}</td>
                    <td>{l.quantity}</td>
                    <td>{formatFen(l.amount_fen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : months.length ? (
        <p className="muted">{t("pickMonth")}</p>
      ) : null}
    </section>
  )
}
