import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { monthlyReport } from "../../../../queries/reports"
import { officeOf } from "../../../office-session"
import type { OfficeMonthlyQuery } from "../../../validators"
import { sendReport } from "../send-report"

/** 月报 as CSV or XLSX: the office's subtree for one year, from the statistics rollup. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeMonthlyQuery>>, res: MedusaResponse) {
  const { year, format } = req.validatedQuery
  await sendReport(res, format, monthlyReport(req.scope, officeOf(req), year))
}
