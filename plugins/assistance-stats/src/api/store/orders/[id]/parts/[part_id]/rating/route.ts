import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ratePartWorkflow } from "../../../../../../../workflows/completion/workflows/completion"
import { completionOf } from "../../../../../../../queries/completion"
import type { RateOrderPart } from "../../../../../../validators"

/** 评价: the buyer rates one accepted supplier's part of their own order, once. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RateOrderPart>>, res: MedusaResponse) {
  await ratePartWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      part_id: req.params.part_id,
      customer_id: req.auth_context.actor_id,
      ...req.validatedBody,
    },
  })
  res.json({ completion: await completionOf(req.scope, req.params.id) })
}
