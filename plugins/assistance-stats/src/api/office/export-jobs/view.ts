import type { InferTypeOf } from "@medusajs/framework/types"
import type { ExportJob } from "../../../modules/ledger/models/export-job"

/** A running job not heard from for this long died with its server; it is shown as failed. */
const STALLED_MS = 5 * 60_000

/** An export job as offices see it: progress in percent, the download link when done, never the file's path. */
export function exportJobView(job: InferTypeOf<typeof ExportJob>) {
  const stalled =
    (job.status === "queued" || job.status === "running") &&
    Date.now() - new Date(job.updated_at).getTime() > STALLED_MS
  const total = job.total_rows ?? null
  return {
    id: job.id,
    report: job.report,
    format: job.format,
    params: job.params,
    status: stalled ? "failed" : job.status,
    total_rows: total,
    written_rows: job.written_rows,
    percent: job.status === "done" ? 100 : total ? Math.min(99, Math.floor((job.written_rows * 100) / total)) : 0,
    filename: job.filename,
    error: stalled ? "导出中断（服务重启），请重新导出" : job.error,
    created_at: job.created_at,
    finished_at: job.finished_at,
    download_url: job.status === "done" ? `/office/export-jobs/${job.id}/download` : null,
  }
}
