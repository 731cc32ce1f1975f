import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listParts } from "../../parts"
import { sessionOf } from "../../supplier-session"
import type { PartStatus } from "@zhunong/common/supplier-rules"
import type { ListSupplierOrders } from "../../validators"

/** Each status as a filter on the part: 待发货 not shipped, 已发货 shipped and not yet accepted, 已验收 accepted. */
const STATUS_FILTERS: Record<PartStatus, Record<string, unknown>> = {
  to_ship: { shipped_at: null },
  shipped: { shipped_at: { $ne: null }, accepted_at: null },
  accepted: { accepted_at: { $ne: null } },
}

/** The supplier's parts of orders, newest first; `status=to_ship` is the to-ship queue. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof ListSupplierOrders>>, res: MedusaResponse) {
  const { status } = req.validatedQuery
  const filters = { supplier_id: sessionOf(req).supplier_id, ...(status ? STATUS_FILTERS[status] : {}) }
  const { parts, count } = await listParts(req.scope, filters, {
    pagination: req.queryConfig.pagination as { skip: number; take: number },
  })
  res.json({ orders: parts, count, offset: req.queryConfig.pagination.skip, limit: req.queryConfig.pagination.take })
}
