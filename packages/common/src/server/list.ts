import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Answers a list route with Medusa's paging shape, `{ [key]: rows, count, offset, limit }`, using
 * the fields and paging that validateAndTransformQuery put on the request. Unset filters are dropped.
 */
export async function respondWithList(
  req: MedusaRequest,
  res: MedusaResponse,
  entity: string,
  key: string,
  filters: Record<string, unknown>
) {
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity,
    fields: req.queryConfig.fields,
    filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    pagination: req.queryConfig.pagination,
  })
  res.json({ [key]: data, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
