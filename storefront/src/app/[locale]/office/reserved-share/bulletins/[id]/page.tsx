import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { decodedParam } from "@/lib/next-path"
import { formatFen } from "@/lib/format"
import { statusOf } from "@/lib/problems"
import { bulletin as readBulletin, currentOffice } from "@/lib/data/office"
import { PrintButton } from "./PrintButton"

const percent = (bp: number | null) => (bp === null ? "—" : `${(bp / 100).toFixed(2)}%`)

/**
 * 通报, printable: the ranking as kept when generated, each unit's completion beside the previous
 * bulletin's, those behind the year's pace marked. The same rows download as XLSX or CSV.
 */
export default async function BulletinPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodedParam((await params).id)
  const office = await currentOffice()
  if (!office) redirect(`/office/login?next=${encodeURIComponent(`/office/reserved-share/bulletins/${id}`)}`)
  const t = await getTranslations("office.bulletin")
  const kept = await readBulletin(id).catch((error: unknown) => {
    if (statusOf(error) === 404) notFound()
    throw error
  })
  const share = await getTranslations("office.share")
  const change = (r: (typeof kept.rows)[number]) => {
    if (r.completion_bp === null) return ""
    if (r.previous_completion_bp === null) return kept.previous ? t("new") : ""
    const points = (r.completion_bp - r.previous_completion_bp) / 100
    return `${points >= 0 ? "+" : ""}${points.toFixed(2)}`
  }
  return (
    <article className="bulletin">
      <p className="breadcrumb no-print">
        <Link href="/office/reserved-share">{t("back")}</Link>
      </p>
      <h1>{kept.title}</h1>
      <p>{t("issued", { office: kept.office_name, date: kept.as_of })}</p>
      <p data-testid="bulletin-coverage">
        {t("coverage", {
          units: kept.coverage.units,
          confirmed: kept.coverage.confirmed,
          declared: kept.coverage.declared,
          exempt: kept.coverage.exempt,
          missing: kept.coverage.missing,
        })}
      </p>
      <p className="muted">
        {kept.previous ? t("previous", { title: kept.previous.title, date: kept.previous.as_of }) : t("first")}
      </p>
      <div className="no-print page-title">
        <PrintButton label={t("print")} />
        <a className="button secondary" href={`/office/reserved-share/bulletins/${kept.id}/file?format=xlsx`} download>
          {t("xlsx")}
        </a>
        <a className="button secondary" href={`/office/reserved-share/bulletins/${kept.id}/file?format=csv`} download>
          {t("csv")}
        </a>
      </div>
      <div className="table-scroll">
        <table data-testid="bulletin-rows">
          <thead>
            <tr>
              <th>{t("rank")}</th>
              <th>{t("unit")}</th>
              <th>{t("status")}</th>
              <th>{t("reserved")}</th>
              <th>{t("bought")}</th>
              <th>{t("completion")}</th>
              <th>{t("change")}</th>
            </tr>
          </thead>
          <tbody>
            {kept.rows.map((r) => (
              <tr key={r.unit_id} className={r.behind ? "behind" : undefined}>
                <td>{r.rank ?? "—"}</td>
                <td>
                  {r.unit_name}
                  {r.behind ? ` （${t("behind")}）` : ""}
                </td>
                <td>{share(r.coverage)}</td>
                <td>{r.reserved_fen === null ? "—" : formatFen(r.reserved_fen)}</td>
                <td>{formatFen(r.bought_fen)}</td>
                <td>{percent(r.completion_bp)}</td>
                <td>{change(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  )
}
