import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shanghaiYear } from "@zhunong/common/dates"
import { attribution } from "../../../../modules/attribution"

/** The unit as its own members see it: identity, 主管单位 chain, the caller's role and this year's declared bases. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = attribution(req.scope)
  const year = shanghaiYear()
  const [unit, [membership], [basis]] = await Promise.all([
    service.retrieveBuyingUnit(req.params.id, {
      select: ["id", "name", "type", "parent_id", "jurisdiction_code", "status"],
    }),
    service.listMemberships(
      { unit_id: req.params.id, customer_id: req.auth_context.actor_id, status: "active" },
      { select: ["id", "role"] }
    ),
    service.listUnitBases({ unit_id: req.params.id, year }),
  ])
  const parents = await service.unitChain(unit.parent_id)
  res.json({ unit: { ...unit, parents, my_role: membership.role, basis: basis ?? null } })
}
