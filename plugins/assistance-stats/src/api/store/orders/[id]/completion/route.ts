import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { completionOf } from "../../../../../queries/completion"

/** The 832 completion of the buyer's own order: payment, and per supplier part delivery, acceptance and rating. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [order] = await req.scope
    .resolve(Modules.ORDER)
    .listOrders({ id: req.params.id, customer_id: req.auth_context.actor_id }, { select: ["id"] })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单 ${req.params.id} 不存在`)
  res.json({ completion: await completionOf(req.scope, order.id) })
}
