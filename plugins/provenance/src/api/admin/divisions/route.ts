import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListDivisionsQueryType } from "./validators"

export async function GET(req: MedusaRequest<unknown, AdminListDivisionsQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { level, parent_code } = req.validatedQuery
  const { data: divisions, metadata } = await query.graph({
    entity: "division",
    fields: req.queryConfig.fields,
    filters: {
      ...(level ? { level } : {}),
      ...(parent_code ? { parent_code } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({ divisions, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
