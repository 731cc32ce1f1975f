import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { CartIntentData } from "../../api/store/carts/cart-intent"
import { applyPurchaseIntent, undoPurchaseIntent } from "../attribution/steps/purchase-intent"

/**
 * The checkout sets the address and what the cart is bought for in one call: POST /store/carts/:id
 * with `additional_data.purchase_intent` (checked, and its caller checked, by guardCartIntent). The
 * intent is written after the cart, and put back as it was if anything later in the update fails.
 */
updateCartWorkflow.hooks.cartUpdated(
  async ({ cart, additional_data }, { container }) => {
    const choice = CartIntentData.parse(additional_data ?? {}).purchase_intent
    if (choice === undefined) return new StepResponse(undefined, null)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["customer_id"],
      filters: { id: cart.id },
    })
    const { undo } = await applyPurchaseIntent(container, {
      cart_id: cart.id,
      customer_id: String(data[0]?.customer_id ?? ""),
      choice,
    })
    return new StepResponse(undefined, undo)
  },
  (undo, { container }) => undoPurchaseIntent(container, undo ?? null)
)
