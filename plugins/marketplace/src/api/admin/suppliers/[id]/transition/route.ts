import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { refetch } from "@zhunong/common/server/query-config"
import { transitionSupplierWorkflow } from "../../../../../workflows/marketplace/workflows/transition-supplier"
import type { AdminTransitionSupplier } from "../../../../validators"

/** Approve, suspend, reinstate (`approved` from suspended) or terminate a supplier. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminTransitionSupplier>>,
  res: MedusaResponse
) {
  const { result } = await transitionSupplierWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor: { type: "user", id: req.auth_context.actor_id } },
  })
  res.json({ supplier: await refetch(req, "supplier", req.params.id, "供应商"), from: result.from, to: result.to })
}
