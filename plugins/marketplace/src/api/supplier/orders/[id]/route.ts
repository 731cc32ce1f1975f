import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listParts } from "../../../parts"
import { sessionOf } from "../../../supplier-session"

/** One of the supplier's parts; another supplier's part is not found. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { parts } = await listParts(req.scope, { id: req.params.id, supplier_id: sessionOf(req).supplier_id })
  if (!parts[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单分单 ${req.params.id} 不存在`)
  res.json({ order: parts[0] })
}
