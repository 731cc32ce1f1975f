import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { SetPurchaseIntent } from "@zhunong/common/shopper-forms"
import { forbidden, invalid } from "@zhunong/common/server/errors"
import { assertOwnCart } from "../../../workflows/attribution/steps/purchase-intent"

/**
 * `additional_data` of Medusa's POST /store/carts/:id as the checkout sends it: what the cart is
 * bought for (a choice, or null for a personal purchase) beside its address, in one call. Absent:
 * unchanged. The cart update's hook (workflows/hooks/update-cart.ts) writes it.
 */
export const CartIntentData = z.object({ purchase_intent: SetPurchaseIntent.nullable().optional() })

/**
 * Before Medusa updates anything: an intent in the update must be well-formed, and only the cart's own
 * signed-in customer may choose it — as on POST /store/carts/:id/purchase-intent. Medusa's cart routes
 * let anyone holding a cart id update it, so the hook alone could not tell who asks.
 */
export async function guardCartIntent(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const data = (req.body as { additional_data?: unknown } | undefined)?.additional_data
  if (!data || typeof data !== "object" || !("purchase_intent" in data)) return next()
  const parsed = CartIntentData.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = ["additional_data", ...issue.path].join(".")
    throw invalid(field, issue.message)
  }
  // authenticate("customer", …, { allowUnauthenticated: true }) ran first: a guest has no auth_context
  const customerId = (req as Partial<AuthenticatedMedusaRequest>).auth_context?.actor_id
  if (!customerId) throw forbidden("cart: 请先登录，再选择为谁采购")
  await assertOwnCart(req.scope, req.params.id, customerId)
  next()
}
