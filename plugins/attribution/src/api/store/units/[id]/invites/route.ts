import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { attribution } from "../../../../../modules/attribution"
import { createInviteWorkflow } from "../../../../../workflows/attribution/workflows/memberships"
import type { CreateInvite } from "../../../../validators"

/** The unit's invites, newest first, with whether each still works. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const invites = await attribution(req.scope).listUnitInvites(
    { unit_id: req.params.id },
    { order: { created_at: "DESC" }, take: 100 }
  )
  const now = new Date()
  res.json({
    invites: invites.map((invite) => ({
      ...invite,
      usable:
        !invite.revoked_at &&
        invite.expires_at > now &&
        (invite.max_uses === null || invite.used_count < invite.max_uses),
    })),
  })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateInvite>>, res: MedusaResponse) {
  const { result } = await createInviteWorkflow(req.scope).run({
    input: { unit_id: req.params.id, ...req.validatedBody, created_by: `customer:${req.auth_context.actor_id}` },
  })
  res.status(201).json({ invite: result })
}
