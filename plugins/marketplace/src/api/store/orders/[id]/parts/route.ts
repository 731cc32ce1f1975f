import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { listParts } from "../../../../parts"

/** The buyer's order as its suppliers ship it: per supplier, its lines, carrier, tracking number and invoice. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [order] = await req.scope
    .resolve(Modules.ORDER)
    .listOrders({ id: req.params.id, customer_id: req.auth_context.actor_id }, { select: ["id"] })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单 ${req.params.id} 不存在`)
  const { parts } = await listParts(req.scope, { order_id: order.id }, { withSupplier: true })
  res.json({
    parts: parts.map(({ order: o, ...part }) => ({ ...part, items: o?.items ?? [] })),
  })
}
