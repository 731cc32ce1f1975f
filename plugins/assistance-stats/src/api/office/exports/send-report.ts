import type { MedusaResponse } from "@medusajs/framework/http"
import { CONTENT_TYPES, writeTable, type TableFormat } from "../../../utils/write-table"
import type { Report } from "../../../queries/reports"

/** Streams a report as the response: a download named after the report. */
export async function sendReport(res: MedusaResponse, format: TableFormat, report: Report) {
  res.setHeader(
    "content-disposition",
    `attachment; filename*=UTF-8''${encodeURIComponent(`${report.filename}.${format}`)}`
  )
  res.setHeader("content-type", CONTENT_TYPES[format])
  await writeTable(res, format, report)
}
