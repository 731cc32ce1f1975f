import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { joinUnitByInviteWorkflow } from "../../../../workflows/attribution/workflows/memberships"
import type { JoinByCode } from "../../../validators"

/** 凭邀请码加入单位: pending until a unit admin approves, unless the invite approves by itself. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof JoinByCode>>, res: MedusaResponse) {
  const { result } = await joinUnitByInviteWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, code: req.validatedBody.code },
  })
  res
    .status(201)
    .json({ membership: { id: result.id, unit_id: result.unit_id, role: result.role, status: result.status } })
}
