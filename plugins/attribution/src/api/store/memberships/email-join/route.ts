import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { joinUnitByEmailWorkflow } from "../../../../workflows/attribution/workflows/memberships"
import type { ConfirmEmailJoin } from "../../../validators"

/** Confirms the emailed code and joins the chosen unit as an active member. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ConfirmEmailJoin>>, res: MedusaResponse) {
  const { result } = await joinUnitByEmailWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res
    .status(201)
    .json({ membership: { id: result.id, unit_id: result.unit_id, role: result.role, status: result.status } })
}
