import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { BUDGET_UNIT_TYPES } from "@zhunong/common/purchase-rules"
import { campaignForUnit } from "../../../queries/reserved-share"

/** The unit of `/store/units/:id/…` (the membership guard has run) and the call that applies to it. */
export async function unitAndCampaign(req: MedusaRequest) {
  const [unit] = await req.scope
    .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    .listBuyingUnits({ id: req.params.id }, { select: ["id", "name", "type", "parent_id", "jurisdiction_code"] })
  if (!unit) throw new MedusaError(MedusaError.Types.NOT_FOUND, `采购单位 ${req.params.id} 不存在`)
  const budget = (BUDGET_UNIT_TYPES as readonly string[]).includes(unit.type)
  return { unit, budget, campaign: budget ? await campaignForUnit(req.scope, unit.jurisdiction_code) : null }
}

/** The signed-in customer as a declaration's history names them: name and email (names repeat, emails do not). */
export async function customerName(req: MedusaRequest) {
  const id = (req as AuthenticatedMedusaRequest).auth_context.actor_id
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id },
  })
  const customer = data[0] as { email: string; first_name: string | null; last_name: string | null } | undefined
  const name = `${customer?.last_name ?? ""}${customer?.first_name ?? ""}`.trim()
  const email = customer?.email ?? id
  return { id, name: name ? `${name}（${email}）` : email }
}
