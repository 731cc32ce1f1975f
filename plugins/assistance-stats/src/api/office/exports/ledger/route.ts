import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ledgerReport } from "../../../../queries/reports"
import { officeOf } from "../../../office-session"
import type { OfficeExportQuery } from "../../../validators"
import { sendReport } from "../send-report"

/** 台账导出 as CSV or XLSX: the office's subtree, in ledger order, streamed a page at a time. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeExportQuery>>, res: MedusaResponse) {
  const { from, to, format } = req.validatedQuery
  await sendReport(res, format, ledgerReport(req.scope, officeOf(req), from, to))
}
