import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownExportJob } from "../own-job"
import { exportJobView } from "../view"

/** One of the office account's exports, with its progress. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ export_job: exportJobView(await ownExportJob(req)) })
}
