import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createReadStream } from "node:fs"
import { access } from "node:fs/promises"
import { pipeline } from "node:stream/promises"
import { CONTENT_TYPES } from "../../../../../utils/write-table"
import { ownExportJob } from "../../own-job"
import { exportJobView } from "../../view"

/** The finished file of one of the office account's exports. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const job = await ownExportJob(req)
  const view = exportJobView(job)
  if (view.status !== "done") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      view.status === "failed" ? (view.error ?? "导出失败") : `导出尚未完成（已完成 ${view.percent}%）`
    )
  }
  const path = job.file_path!
  await access(path).catch(() => {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "导出文件已不在服务器上，请重新导出")
  })
  res.setHeader("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(job.filename!)}`)
  res.setHeader("content-type", CONTENT_TYPES[job.format])
  await pipeline(createReadStream(path), res)
}
