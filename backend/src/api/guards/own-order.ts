import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's GET /store/orders/:id answers anyone who holds an order id, with its email, address and
 * phone (guest checkout needs that; this shop has none: every order belongs to a signed-in customer).
 * Here it answers the customer who placed the order; anyone else is told it does not exist, so an id
 * seen elsewhere opens nothing. Runs after `authenticate("customer")`.
 */
export async function ownOrderOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = (req as AuthenticatedMedusaRequest).auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: req.params.id, customer_id: customerId },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单 ${req.params.id} 不存在`)
  next()
}
