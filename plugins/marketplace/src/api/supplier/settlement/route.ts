import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { shanghaiYear } from "@zhunong/common/dates"
import { monthlySettlement } from "../../../lib/settlement"
import { supplierSettlementLines } from "../../../queries/supplier-settlement"
import { sessionOf } from "../../supplier-session"
import type { SettlementQuery } from "../../validators"

/** 结算: what the supplier sold per month of the year (gross, refunds, net, in fen). */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof SettlementQuery>>, res: MedusaResponse) {
  const year = req.validatedQuery.year ?? shanghaiYear()
  const lines = await supplierSettlementLines(req.scope, sessionOf(req).supplier_id)
  res.json({ year, months: monthlySettlement(lines, year) })
}
