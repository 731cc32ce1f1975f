import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import type { AdminListSuppliers } from "../../validators"

/** Suppliers, newest first; `status=pending` is the approval queue (平台审核). */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminListSuppliers>>, res: MedusaResponse) {
  const { status, q, county_code } = req.validatedQuery
  await respondWithList(req, res, "supplier", "suppliers", {
    status,
    county_code,
    $or: q ? [{ name: { $ilike: `%${q}%` } }, { uscc: { $like: `${q.toUpperCase()}%` } }] : undefined,
  })
}
