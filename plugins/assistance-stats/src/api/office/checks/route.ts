import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { shanghaiYear } from "@zhunong/common/dates"
import { withDecisions } from "../../../queries/check-decisions"
import { fraudChecks } from "../../../queries/fraud-checks"
import { officeOf } from "../../office-session"
import type { OfficeChecksQuery } from "../../validators"

/**
 * 重复统计与计入错误检查: findings within the office's subtree and the months asked (this year by
 * default), each with the rows involved and the decisions made on it, and the worklist's counts.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeChecksQuery>>, res: MedusaResponse) {
  const year = shanghaiYear()
  const { from = `${year}-01`, to = `${year}-12` } = req.validatedQuery
  const findings = await fraudChecks(req.scope, officeOf(req).subtree, { from, to })
  res.json({ from, to, ...(await withDecisions(req.scope, findings)) })
}
