import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { assertOwnCart } from "../../../../../workflows/attribution/steps/purchase-intent"
import { attribution } from "../../../../../modules/attribution"
import {
  clearPurchaseIntentWorkflow,
  setPurchaseIntentWorkflow,
} from "../../../../../workflows/attribution/workflows/set-purchase-intent"
import type { SetPurchaseIntent } from "../../../../validators"

/** What the cart is bought for, or null (a personal purchase for the customer's first unit). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertOwnCart(req.scope, req.params.id, req.auth_context.actor_id)
  const [intent] = await attribution(req.scope).listPurchaseIntents({ cart_id: req.params.id })
  res.json({ purchase_intent: intent ?? null })
}

/** Chooses the unit, channel and funding; refused unless the customer's membership and role allow it. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SetPurchaseIntent>>, res: MedusaResponse) {
  const { result } = await setPurchaseIntentWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ purchase_intent: result })
}

/** Back to a personal purchase. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await clearPurchaseIntentWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ purchase_intent: null })
}
