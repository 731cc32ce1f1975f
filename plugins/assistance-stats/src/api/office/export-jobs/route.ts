import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { requestExportWorkflow } from "../../../workflows/exports/export-jobs"
import { officeOf } from "../../office-session"
import type { OfficeExportJobsQuery, RequestExport } from "../../validators"
import { exportJobView } from "./view"

/** Queues a long export of the office's own subtree; poll the job for progress, then download it. */
export async function POST(req: MedusaRequest<z.infer<typeof RequestExport>>, res: MedusaResponse) {
  const office = officeOf(req)
  const { report, format, from, to, year } = req.validatedBody
  const { result } = await requestExportWorkflow(req.scope).run({
    input: {
      office_user_id: office.office_user_id,
      office_name: office.office_name,
      jurisdiction_code: office.jurisdiction_code,
      report,
      format,
      params: report === "ledger" ? { from, to } : { year },
    },
  })
  res.status(202).json({ export_job: exportJobView(result) })
}

/** The office account's own exports, newest first. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeExportJobsQuery>>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const [jobs, count] = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listAndCountExportJobs(
      { office_user_id: officeOf(req).office_user_id },
      { order: { created_at: "DESC" }, take: limit, skip: offset }
    )
  res.json({ export_jobs: jobs.map(exportJobView), count, limit, offset })
}
