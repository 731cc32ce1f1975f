import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import type { Decider } from "../workflows/attribution/steps/memberships"
import { decideMembershipWorkflow } from "../workflows/attribution/workflows/memberships"
import type { DecideMembership, ListMembersQuery } from "./validators"

/** The fields of a member a unit admin or an operator sees. */
export const MEMBER_FIELDS = [
  "id",
  "role",
  "status",
  "joined_via",
  "created_at",
  "decided_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
]

/** GET …/units/:id/members — the unit's members, filtered by status and role. */
export async function listUnitMembers(
  req: AuthenticatedMedusaRequest<unknown, z.infer<typeof ListMembersQuery>>,
  res: MedusaResponse
) {
  const { status, role } = req.validatedQuery
  await respondWithList(req, res, "membership", "members", { unit_id: req.params.id, status, role })
}

/** POST …/units/:id/members/:membership_id — approve, remove or change the role of a member of this unit. */
export async function decideUnitMember(
  req: AuthenticatedMedusaRequest<z.infer<typeof DecideMembership>>,
  res: MedusaResponse,
  decided_by: Decider
) {
  const { result } = await decideMembershipWorkflow(req.scope).run({
    input: { unit_id: req.params.id, membership_id: req.params.membership_id, ...req.validatedBody, decided_by },
  })
  res.json({ membership: { id: result.id, role: result.role, status: result.status } })
}
