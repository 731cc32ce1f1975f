import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { shanghaiYear } from "@zhunong/common/dates"
import { toFen } from "@zhunong/common/server/fen"
import { unionWelfareBalance } from "../../queries/union-welfare"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { formatYuan } from "@zhunong/common/money"
import { isCappedUnionWelfare, type Channel, type Funding, type MemberRole } from "@zhunong/common/purchase-rules"
import { invalid } from "@zhunong/common/server/errors"
import { checkedMembership } from "../attribution/steps/purchase-intent"
import { attribution, type AttributionModuleService } from "../../modules/attribution"

type Container = Pick<MedusaContainer, "resolve">

export interface CartToAttribute {
  id: string
  total: BigNumberInput
  customer_id: string | null
}

/**
 * Works out on the server whom a cart's purchase is credited to and writes the snapshot. The unit
 * comes from the customer's purchase intent (re-checked against the membership as it is now) or,
 * without one, from the customer's earliest active membership as a personal purchase. Union-funded
 * welfare is checked against the unit's yearly allowance under a lock, so two checkouts at once
 * cannot both slip under it: the snapshot is written inside the lock and counts as spent at once.
 * Returns the snapshot's id, or null when the cart was attributed before (a retried completion).
 */
export async function attributeCart(container: Container, cart: CartToAttribute): Promise<string | null> {
  const service = attribution(container)
  const [existing] = await service.listOrderAttributions({ cart_id: cart.id }, { select: ["id"] })
  if (existing) return null

  const now = new Date()
  const year = shanghaiYear(now)
  const base = {
    cart_id: cart.id,
    customer_id: cart.customer_id,
    amount_fen: toFen(cart.total),
    year,
    attributed_at: now,
  }
  const choice = await chosenIntent(service, cart)
  if (!choice) {
    const created = await service.createOrderAttributions({ ...base, channel: "personal", funding: "personal" })
    return created.id
  }

  const { membership, unit } = await checkedMembership(service, cart.customer_id!, choice)
  const [parents, jurisdictionChain] = await Promise.all([
    service.unitChain(unit.parent_id),
    container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).jurisdictionChain(unit.jurisdiction_code),
  ])
  const snapshot = {
    ...base,
    channel: choice.channel,
    funding: choice.funding,
    membership_id: membership.id,
    member_role: membership.role as MemberRole,
    unit_id: unit.id,
    unit_name: unit.name,
    unit_type: unit.type,
    unit_uscc: unit.uscc,
    parent_chain: parents as unknown as Record<string, unknown>,
    jurisdiction_code: unit.jurisdiction_code,
    jurisdiction_chain: jurisdictionChain as unknown as Record<string, unknown>,
  }
  if (!isCappedUnionWelfare(choice.channel, choice.funding)) return (await service.createOrderAttributions(snapshot)).id

  return container.resolve(Modules.LOCKING).execute(
    `union-welfare:${unit.id}:${year}`,
    async () => {
      const balance = await unionWelfareBalance(container, unit.id, year)
      if (balance.cap_fen === null) {
        throw invalid("funding", `本单位尚未申报${year}年工会会员人数，暂不能用工会经费发放职工福利`)
      }
      if (balance.spent_fen + base.amount_fen > balance.cap_fen) {
        throw invalid(
          "funding",
          `超出工会经费职工福利额度：${year}年额度${formatYuan(balance.cap_fen)}元，已使用${formatYuan(balance.spent_fen)}元，本单${formatYuan(base.amount_fen)}元`
        )
      }
      return (await service.createOrderAttributions(snapshot)).id
    },
    { timeout: 30 }
  )
}

/** The intent on the cart, or a personal purchase for the customer's earliest active membership, or none. */
async function chosenIntent(service: AttributionModuleService, cart: CartToAttribute) {
  if (!cart.customer_id) return null
  const [intent] = await service.listPurchaseIntents({ cart_id: cart.id })
  if (intent) {
    if (intent.customer_id !== cart.customer_id)
      throw invalid("purchase_intent", "购物车的顾客已变更，请重新选择购买用途")
    return { unit_id: intent.unit_id, channel: intent.channel as Channel, funding: intent.funding as Funding }
  }
  const memberships = await service.listMemberships(
    { customer_id: cart.customer_id, status: "active" },
    { order: { created_at: "ASC" }, relations: ["unit"] }
  )
  const first = memberships.find((m) => m.unit.status === "active")
  return first ? { unit_id: first.unit.id, channel: "personal" as const, funding: "personal" as const } : null
}
