import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { AdminListPairingsQuery } from "../validators"

export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminListPairingsQuery>>, res: MedusaResponse) {
  const { jurisdiction_code, division_code } = req.validatedQuery
  const { data: pairings, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "pairing",
    fields: req.queryConfig.fields,
    filters: {
      ...(jurisdiction_code ? { jurisdiction_code } : {}),
      ...(division_code ? { division_code } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({ pairings, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}
