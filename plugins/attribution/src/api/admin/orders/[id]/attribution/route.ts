import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { attribution } from "../../../../../modules/attribution"

/** The attribution snapshot written when the order was placed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [snapshot] = await attribution(req.scope).listOrderAttributions({ order_id: req.params.id })
  if (!snapshot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单 ${req.params.id} 没有归属记录`)
  res.json({ attribution: snapshot })
}
