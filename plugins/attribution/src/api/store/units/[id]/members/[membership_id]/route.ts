import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { decideUnitMember } from "../../../../../members"
import type { DecideMembership } from "../../../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof DecideMembership>>, res: MedusaResponse) {
  await decideUnitMember(req, res, `customer:${req.auth_context.actor_id}`)
}
