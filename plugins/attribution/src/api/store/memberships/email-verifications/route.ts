import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { requestEmailJoinWorkflow } from "../../../../workflows/attribution/workflows/memberships"
import type { RequestEmailJoin } from "../../../validators"

/** Sends a code to a work address; answers with the units that registered its domain (never the code). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RequestEmailJoin>>, res: MedusaResponse) {
  const { result } = await requestEmailJoinWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, email: req.validatedBody.email },
  })
  res.status(201).json(result)
}
