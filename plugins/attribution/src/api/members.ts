import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import { refetch } from "@zhunong/common/server/query-config"
import type { Decider } from "../workflows/attribution/steps/memberships"
import { decideMembershipWorkflow } from "../workflows/attribution/workflows/memberships"
import type { DecideMembership, ListMembersQuery } from "./validators"

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
  res.json({ membership: await refetch(req, "membership", result.id, "成员") })
}
