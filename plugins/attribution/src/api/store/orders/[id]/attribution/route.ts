import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { attribution } from "../../../../../modules/attribution"
import { BUYER_ATTRIBUTION_FIELDS } from "../../query-config"

/**
 * The buyer's own order: whom it was credited to and how. Medusa's GET /store/orders/:id answers
 * anyone holding the id, so the attribution is served here, to the customer who placed the order only.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [snapshot] = await attribution(req.scope).listOrderAttributions(
    { order_id: req.params.id, customer_id: req.auth_context.actor_id },
    { select: [...BUYER_ATTRIBUTION_FIELDS] }
  )
  if (!snapshot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单 ${req.params.id} 不存在`)
  res.json({ attribution: snapshot })
}
