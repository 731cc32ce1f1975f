import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import type { AdminListDivisionsQuery } from "../validators"

export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminListDivisionsQuery>>, res: MedusaResponse) {
  const { level, parent_code, is_poverty_exit, q } = req.validatedQuery
  await respondWithList(req, res, "division", "divisions", {
    level,
    parent_code,
    is_poverty_exit,
    $or: q ? [{ name: { $ilike: `%${q}%` } }, { code: { $like: `${q}%` } }] : undefined,
  })
}
