import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { bankTransferView } from "../../../../bank-transfer-view"

/** The buyer's own order on invoice: whom to pay, how much, under which reference, and what has arrived. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [order] = await req.scope
    .resolve(Modules.ORDER)
    .listOrders({ id: req.params.id, customer_id: req.auth_context.actor_id }, { select: ["id"] })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单 ${req.params.id} 不存在`)
  res.json({ bank_transfer: await bankTransferView(req.scope, order.id, "buyer") })
}
