import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeInviteWorkflow } from "../../../../../../../workflows/attribution/workflows/memberships"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await revokeInviteWorkflow(req.scope).run({
    input: { unit_id: req.params.id, invite_id: req.params.invite_id },
  })
  res.json({ invite: result })
}
