import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { decideOfflinePurchaseWorkflow } from "../../../../../workflows/offline/workflows/offline-purchases"
import { officeOf } from "../../../../office-session"
import type { DecideOfflinePurchase } from "../../../../validators"

/** 核实 (the entry enters the ledger) or 退回 with a reason. */
export async function POST(req: MedusaRequest<z.infer<typeof DecideOfflinePurchase>>, res: MedusaResponse) {
  const office = officeOf(req)
  const { result } = await decideOfflinePurchaseWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, office_user_id: office.office_user_id, subtree: office.subtree },
  })
  res.json({ offline_purchase: result })
}
