import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shanghaiYear } from "@zhunong/common/dates"
import { unionWelfareBalance } from "../../../../../queries/union-welfare"

/** This year's union welfare allowance (Asia/Shanghai calendar year): cap, spent and remaining, in fen. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const year = shanghaiYear()
  res.json({ union_welfare: await unionWelfareBalance(req.scope, req.params.id, year) })
}
