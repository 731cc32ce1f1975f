import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ledger } from "../../../modules/ledger"
import { officeOf } from "../../office-session"
import type { OfficeOfflineQuery } from "../../validators"

/**
 * Off-platform purchases registered by units of the office's subtree, paged, newest first;
 * `status=pending` is the verification queue.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeOfflineQuery>>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as z.infer<typeof OfficeOfflineQuery> & {
    limit: number
    offset: number
  }
  const [purchases, count] = await ledger(req.scope).listAndCountOfflinePurchases(
    { jurisdiction_code: officeOf(req).subtree, ...(status ? { status } : {}) },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ offline_purchases: purchases, count, limit, offset })
}
