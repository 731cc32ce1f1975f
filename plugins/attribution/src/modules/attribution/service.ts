import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { BuyingUnit } from "./models/buying-unit"
import { EmailVerification } from "./models/email-verification"
import { UnitInvite } from "./models/unit-invite"
import { Membership } from "./models/membership"
import { OrderAttribution } from "./models/order-attribution"
import { PurchaseIntent } from "./models/purchase-intent"
import { UnitBasis } from "./models/unit-basis"
import { UnitEmailDomain } from "./models/unit-email-domain"

export interface UnitSummary {
  id: string
  name: string
  type: string
}

/** 主管单位 chains are short (a bureau, its department, the government); deeper means bad data. */
const MAX_CHAIN = 10

export default class AttributionModuleService extends MedusaService({
  BuyingUnit,
  UnitEmailDomain,
  UnitBasis,
  Membership,
  UnitInvite,
  EmailVerification,
  PurchaseIntent,
  OrderAttribution,
}) {
  /** The units above `parentId` (itself first), nearest first. Stops at a cycle or after MAX_CHAIN. */
  async unitChain(parentId: string | null): Promise<UnitSummary[]> {
    const chain: UnitSummary[] = []
    let current = parentId
    while (current && chain.length < MAX_CHAIN && !chain.some((u) => u.id === current)) {
      const [unit] = await this.listBuyingUnits({ id: current }, { select: ["id", "name", "type", "parent_id"] })
      if (!unit) break
      chain.push({ id: unit.id, name: unit.name, type: unit.type })
      current = unit.parent_id
    }
    return chain
  }

  /** The customer's active membership of the unit, or a 403 saying what is missing. */
  async activeMembership(customerId: string, unitId: string, field = "unit_id") {
    const [membership] = await this.listMemberships({ customer_id: customerId, unit_id: unitId, status: "active" })
    if (!membership) throw new MedusaError(MedusaError.Types.FORBIDDEN, `${field}: 你不是该单位的在册成员`)
    return membership
  }
}
