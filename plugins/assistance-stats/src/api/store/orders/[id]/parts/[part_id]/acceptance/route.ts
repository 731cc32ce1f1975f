import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptPartWorkflow } from "../../../../../../../workflows/completion/workflows/completion"
import { completionOf } from "../../../../../../../queries/completion"

/** 验收: the buyer accepts one supplier's part of their own order (which confirms its delivery). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await acceptPartWorkflow(req.scope).run({
    input: { order_id: req.params.id, part_id: req.params.part_id, customer_id: req.auth_context.actor_id },
  })
  res.json({ completion: await completionOf(req.scope, req.params.id) })
}
