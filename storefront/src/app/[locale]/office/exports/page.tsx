import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { shanghaiYear } from "@zhunong/common/dates"
import { Pager, offsetOf } from "@/components/portal/Pager"
import { formatDate } from "@/lib/format"
import { currentOffice, exportJobs } from "@/lib/data/office"
import { ExportForm, ExportProgress } from "../forms"

const LIMIT = 20

/**
 * 导出: the 台账 and 月报 as CSV or XLSX, written in the background. Each export shows its progress
 * (asked again every second, so a reload finds it where it is) and, when done, its file.
 */
export default async function ExportsPage({ searchParams }: { searchParams: Promise<{ offset?: string }> }) {
  const office = await currentOffice()
  if (!office) redirect("/office/login?next=%2Foffice%2Fexports")
  const [t, locale] = await Promise.all([getTranslations("office.exports"), getLocale()])
  const offset = offsetOf((await searchParams).offset)
  const { export_jobs: jobs, count } = await exportJobs({ offset, limit: LIMIT })
  const year = shanghaiYear()
  return (
    <section>
      <h1>{t("title")}</h1>
      <ExportForm year={year} />
      <h2>{t("past")}</h2>
      {jobs.length ? (
        <div className="table-scroll">
          <table data-testid="export-jobs">
            <thead>
              <tr>
                <th>{t("requested")}</th>
                <th>{t("report")}</th>
                <th>{t("range")}</th>
                <th>{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id} data-testid="export-job">
                  <td>{formatDate(job.created_at, locale)}</td>
                  <td>
                    {t(`reports.${job.report}`)} · {job.format.toUpperCase()}
                  </td>
                  <td>
                    {job.report === "monthly"
                      ? t("yearRange", { year: job.params.year ?? "" })
                      : `${job.params.from ?? t("beginning")} – ${job.params.to ?? t("now")}`}
                  </td>
                  <td>
                    <ExportProgress job={job} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      <Pager path="/office/exports" params={{}} offset={offset} limit={LIMIT} count={count} />
    </section>
  )
}
