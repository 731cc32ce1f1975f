import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { AdminListDivisionsQuery } from "../validators"

export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminListDivisionsQuery>>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { level, parent_code, is_poverty_exit, q } = req.validatedQuery
  const { data: divisions, metadata } = await query.graph({
    entity: "division",
    fields: req.queryConfig.fields,
    filters: {
      ...(level ? { level } : {}),
      ...(parent_code ? { parent_code } : {}),
      ...(is_poverty_exit !== undefined ? { is_poverty_exit } : {}),
      ...(q ? { $or: [{ name: { $ilike: `%${q}%` } }, { code: { $like: `${q}%` } }] } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({ divisions, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
