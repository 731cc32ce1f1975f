import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../../../modules/ledger"
import { registerOfflinePurchaseWorkflow } from "../../../../../workflows/offline/workflows/offline-purchases"
import type { RegisterOfflinePurchase } from "../../../../validators"

/** The unit's off-platform purchases, newest first, with whether an office verified them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const purchases = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listOfflinePurchases({ unit_id: req.params.id }, { order: { created_at: "DESC" }, take: 200 })
  res.json({ offline_purchases: purchases })
}

/** 登记平台外采购 (展销会, 专柜, 合同) with its evidence, for an office to verify. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof RegisterOfflinePurchase>>,
  res: MedusaResponse
) {
  const { result } = await registerOfflinePurchaseWorkflow(req.scope).run({
    input: { ...req.validatedBody, unit_id: req.params.id, registered_by: req.auth_context.actor_id },
  })
  res.status(201).json({ offline_purchase: result })
}
