import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { officeOf } from "../../office-session"
import type { OfficeOfflineQuery } from "../../validators"

/** Off-platform purchases registered by units of the office's subtree; `status=pending` is the verification queue. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeOfflineQuery>>, res: MedusaResponse) {
  const { status } = req.validatedQuery
  const purchases = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listOfflinePurchases(
      { jurisdiction_code: officeOf(req).subtree, ...(status ? { status } : {}) },
      { order: { created_at: "DESC" }, take: 500 }
    )
  res.json({ offline_purchases: purchases })
}
