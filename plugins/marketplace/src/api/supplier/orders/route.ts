import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listParts } from "../../parts"
import { sessionOf } from "../../supplier-session"
import type { ListSupplierOrders } from "../../validators"

/** The supplier's parts of orders, newest first; `shipped=false` is the to-ship queue. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof ListSupplierOrders>>, res: MedusaResponse) {
  const { shipped } = req.validatedQuery
  const filters: Record<string, unknown> = { supplier_id: sessionOf(req).supplier_id }
  if (shipped !== undefined) filters.shipped_at = shipped ? { $ne: null } : null
  const { parts, count } = await listParts(req.scope, filters, {
    pagination: req.queryConfig.pagination as { skip: number; take: number },
  })
  res.json({ orders: parts, count, offset: req.queryConfig.pagination.skip, limit: req.queryConfig.pagination.take })
}
