import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fraudChecks } from "../../../queries/fraud-checks"
import { officeOf } from "../../office-session"

/** 重复统计与计入错误检查: findings within the office's subtree, each with the rows involved. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ findings: await fraudChecks(req.scope, officeOf(req).subtree) })
}
