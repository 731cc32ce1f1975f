import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { attributeCart } from "./attribute-cart"
import { attribution } from "../../modules/attribution"

/**
 * Every checkout attributes its order on the server. `validate` runs inside Medusa's
 * completeCartWorkflow before the order exists: it derives the attribution from the buyer's
 * membership, enforces the union welfare cap and writes the snapshot; if checkout then fails, the
 * compensation deletes it. `orderCreated` stamps the new order's id on the snapshot.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const id = await attributeCart(container, {
      id: cart.id,
      total: cart.total,
      customer_id: cart.customer?.id ?? null,
    })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await attribution(container).deleteOrderAttributions(id)
  }
)

// completeCartWorkflow declares `orderCreated` (order_id, cart_id) after the order is created,
// but its type lists only `validate`; the hook is there at run time and the checkout test proves it fires.
type OrderCreatedHook = (
  handler: (
    input: { order_id: string; cart_id: string },
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<unknown, unknown>>
) => void
const { orderCreated } = completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }

// one UPDATE by the cart: a cart has at most one snapshot, and a cart without one updates nothing
orderCreated(async ({ order_id, cart_id }, { container }) => {
  await attribution(container).updateOrderAttributions({ selector: { cart_id }, data: { order_id } })
  return new StepResponse(undefined)
})
