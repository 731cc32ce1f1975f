import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allowedIntents, type MemberRole, type UnitType } from "@zhunong/common/purchase-rules"

/**
 * The signed-in customer's pending and active memberships, each active one with the
 * channel/funding pairs its role may choose at checkout.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "membership",
    fields: [
      "id",
      "role",
      "status",
      "joined_via",
      "created_at",
      "unit.id",
      "unit.name",
      "unit.type",
      "unit.jurisdiction_code",
      "unit.status",
    ],
    filters: { customer_id: req.auth_context.actor_id, status: ["pending", "active"] },
  })
  const memberships = data.map((m) => ({
    ...m,
    allowed_intents:
      m.status === "active" && m.unit.status === "active"
        ? allowedIntents(m.role as MemberRole, m.unit.type as UnitType)
        : [],
  }))
  res.json({ memberships })
}
