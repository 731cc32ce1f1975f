import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { formatFen } from "@/lib/format"
import { breakdown, type Breakdown } from "@/lib/office-overview"
import { RankedBars } from "./RankedBars"

/** Where a slice's rows are in the 台账 (the dimensions it filters by). */
const drill = (dimension: Breakdown, code: string) =>
  !code
    ? null
    : dimension === "county"
      ? `/office/ledger?county=${code}`
      : dimension === "unit"
        ? `/office/ledger?unit_id=${encodeURIComponent(code)}`
        : null

/** How many bars a ranked chart draws; the table lists every slice. */
const TOP = 10

/** One breakdown of the year: ranked bars, the table with exact 元 (rows open the 台账 where they can), its CSV. */
export async function BreakdownSection({ dimension, year }: { dimension: Breakdown; year: number }) {
  const [t, locale] = await Promise.all([getTranslations("office.overview"), getLocale()])
  const slices = await breakdown(dimension, year, locale)
  const title = t(`by.${dimension}`)
  return (
    <section className="breakdown" data-testid={`breakdown-${dimension}`}>
      <div className="page-title">
        <h2>{title}</h2>
        {slices.length ? (
          <a href={`/office/csv/${dimension}?year=${year}`} className="button secondary" download>
            {t("csv")}
          </a>
        ) : null}
      </div>
      {slices.length ? (
        <>
          <RankedBars data={slices.slice(0, TOP)} label={title} />
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t(`dimension.${dimension}`)}</th>
                  <th>{t("counted")}</th>
                  <th>{t("uncounted")}</th>
                </tr>
              </thead>
              <tbody>
                {slices.map((s) => {
                  const href = drill(dimension, s.code)
                  return (
                    <tr key={s.code || "none"}>
                      <td>{href ? <Link href={href}>{s.label}</Link> : s.label}</td>
                      <td>{formatFen(s.counted_fen)}</td>
                      <td>{formatFen(s.uncounted_fen)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="muted">{t("noSales")}</p>
      )}
    </section>
  )
}
