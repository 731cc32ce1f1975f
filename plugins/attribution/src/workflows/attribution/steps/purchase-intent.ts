import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  intentProblem,
  type Channel,
  type Funding,
  type MemberRole,
  type UnitType,
} from "@zhunong/common/purchase-rules"
import { forbidden, invalid } from "@zhunong/common/server/errors"
import { attribution, type AttributionModuleService } from "../../../modules/attribution"

export interface IntentChoice {
  unit_id: string
  channel: Channel
  funding: Funding
}

/**
 * The membership a purchase is credited to, checked on the server: an active membership of the
 * customer in the chosen unit, in an active unit, whose role allows the channel and funding.
 */
export async function checkedMembership(service: AttributionModuleService, customerId: string, choice: IntentChoice) {
  const membership = await service.activeMembership(customerId, choice.unit_id)
  const unit = await service.retrieveBuyingUnit(choice.unit_id)
  if (unit.status !== "active") throw invalid("unit_id", "该单位已停用")
  const problem = intentProblem(membership.role as MemberRole, unit.type as UnitType, choice.channel, choice.funding)
  if (problem) throw invalid(problem.field, problem.message)
  return { membership, unit }
}

/** The cart's customer, or a 403 when the cart is someone else's (or a guest's). */
export async function assertOwnCart(container: Pick<MedusaContainer, "resolve">, cartId: string, customerId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at"],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart || cart.customer_id !== customerId) throw forbidden("cart: 这不是你的购物车")
  if (cart.completed_at) throw invalid("cart", "该购物车已下单")
}

/** What undoes a change of a cart's intent: deleting the one made, or putting back the one there was. */
export type IntentUndo =
  | { delete: string }
  | { restore: { id: string; unit_id: string; channel: Channel; funding: Funding; customer_id: string } }
  | { recreate: { cart_id: string; customer_id: string; unit_id: string; channel: Channel; funding: Funding } }

/**
 * Records (`choice`) or removes (null: a personal purchase) what the cart is bought for, after
 * checking the cart is the customer's and the choice is allowed. Shared by the purchase-intent
 * route's workflows and the cart update's hook; returns the intent and what undoes the change.
 */
export async function applyPurchaseIntent(
  container: Pick<MedusaContainer, "resolve">,
  input: { cart_id: string; customer_id: string; choice: IntentChoice | null }
) {
  const service = attribution(container)
  await assertOwnCart(container, input.cart_id, input.customer_id)
  const [existing] = await service.listPurchaseIntents({ cart_id: input.cart_id })
  if (!input.choice) {
    if (!existing) return { intent: null, undo: null }
    await service.deletePurchaseIntents(existing.id)
    const { cart_id, customer_id, unit_id, channel, funding } = existing
    const undo: IntentUndo = { recreate: { cart_id, customer_id, unit_id, channel, funding } }
    return { intent: null, undo }
  }
  const fields = { cart_id: input.cart_id, customer_id: input.customer_id, ...input.choice }
  await checkedMembership(service, input.customer_id, input.choice)
  if (!existing) {
    const created = await service.createPurchaseIntents(fields)
    const undo: IntentUndo = { delete: created.id }
    return { intent: created, undo }
  }
  const updated = await service.updatePurchaseIntents({ id: existing.id, ...fields })
  const { id, unit_id, channel, funding, customer_id } = existing
  const undo: IntentUndo = { restore: { id, unit_id, channel, funding, customer_id } }
  return { intent: updated, undo }
}

export async function undoPurchaseIntent(container: Pick<MedusaContainer, "resolve">, undo: IntentUndo | null) {
  if (!undo) return
  const service = attribution(container)
  if ("delete" in undo) await service.deletePurchaseIntents(undo.delete)
  else if ("restore" in undo) await service.updatePurchaseIntents(undo.restore)
  else await service.createPurchaseIntents(undo.recreate)
}

/** Records (or replaces) what the cart is bought for, after checking it is allowed. */
export const setPurchaseIntentStep = createStep(
  "set-purchase-intent",
  async (input: IntentChoice & { cart_id: string; customer_id: string }, { container }) => {
    const { cart_id, customer_id, unit_id, channel, funding } = input
    const { intent, undo } = await applyPurchaseIntent(container, {
      cart_id,
      customer_id,
      choice: { unit_id, channel, funding },
    })
    return new StepResponse(intent, undo)
  },
  (undo, { container }) => undoPurchaseIntent(container, undo ?? null)
)

/** Back to a personal purchase: the cart's intent is removed (restored if the workflow fails). */
export const clearPurchaseIntentStep = createStep(
  "clear-purchase-intent",
  async (input: { cart_id: string; customer_id: string }, { container }) => {
    const { undo } = await applyPurchaseIntent(container, { ...input, choice: null })
    return new StepResponse(null, undo)
  },
  (undo, { container }) => undoPurchaseIntent(container, undo ?? null)
)
