import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { AdminListJurisdictionsQuery } from "../validators"

export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminListJurisdictionsQuery>>, res: MedusaResponse) {
  const { parent_code } = req.validatedQuery
  const { data: jurisdictions, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "jurisdiction",
    fields: req.queryConfig.fields,
    filters: parent_code ? { parent_code } : {},
    pagination: req.queryConfig.pagination,
  })
  res.json({ jurisdictions, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
