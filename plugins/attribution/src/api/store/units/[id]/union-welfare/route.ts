import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shanghaiDate } from "@zhunong/provenance/lib/dates"
import { unionWelfareBalance } from "../../../../../workflows/attribution/steps/attribute-cart"

/** This year's union welfare allowance (Asia/Shanghai calendar year): cap, spent and remaining, in fen. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const year = Number(shanghaiDate(new Date()).slice(0, 4))
  res.json({ union_welfare: await unionWelfareBalance(req.scope, req.params.id, year) })
}
