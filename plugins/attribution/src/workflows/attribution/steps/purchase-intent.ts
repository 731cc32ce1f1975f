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

type IntentUndo =
  | { delete: string }
  | { restore: { id: string; unit_id: string; channel: Channel; funding: Funding; customer_id: string } }

/** Records (or replaces) what the cart is bought for, after checking it is allowed. */
export const setPurchaseIntentStep = createStep(
  "set-purchase-intent",
  async (input: IntentChoice & { cart_id: string; customer_id: string }, { container }) => {
    const service = attribution(container)
    await assertOwnCart(container, input.cart_id, input.customer_id)
    await checkedMembership(service, input.customer_id, input)
    const [existing] = await service.listPurchaseIntents({ cart_id: input.cart_id })
    if (!existing) {
      const created = await service.createPurchaseIntents(input)
      return new StepResponse(created, { delete: created.id } as IntentUndo)
    }
    const updated = await service.updatePurchaseIntents({ id: existing.id, ...input })
    const { id, unit_id, channel, funding, customer_id } = existing
    return new StepResponse(updated, { restore: { id, unit_id, channel, funding, customer_id } } as IntentUndo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = attribution(container)
    if ("delete" in undo) await service.deletePurchaseIntents(undo.delete)
    else await service.updatePurchaseIntents(undo.restore)
  }
)

/** Back to a personal purchase: the cart's intent is removed (restored if the workflow fails). */
export const clearPurchaseIntentStep = createStep(
  "clear-purchase-intent",
  async (input: { cart_id: string; customer_id: string }, { container }) => {
    await assertOwnCart(container, input.cart_id, input.customer_id)
    const service = attribution(container)
    const [existing] = await service.listPurchaseIntents({ cart_id: input.cart_id })
    if (!existing) return new StepResponse(null, null)
    await service.deletePurchaseIntents(existing.id)
    const { cart_id, customer_id, unit_id, channel, funding } = existing
    return new StepResponse(null, { cart_id, customer_id, unit_id, channel, funding })
  },
  async (removed, { container }) => {
    if (removed) await attribution(container).createPurchaseIntents(removed)
  }
)
