import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import { refetch } from "@zhunong/common/server/query-config"
import { createListingWorkflow } from "../../../workflows/marketplace/workflows/listings"
import { sessionOf } from "../../supplier-session"
import type { CreateListing } from "@zhunong/common/supplier-forms"
import type { ListListingsQuery } from "../../validators"

/**
 * The supplier's own products (any status), newest first, searchable by title and filterable by
 * status, paged by the database. The supplier's product ids come from its link first: a product
 * query cannot filter on another module's link.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof ListListingsQuery>>, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "supplier",
    fields: ["products.id"],
    filters: { id: sessionOf(req).supplier_id },
  })
  const ids = (data[0]?.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : []))
  const { q, status } = req.validatedQuery
  // an empty id list would be no filter at all
  if (!ids.length) {
    res.json({
      products: [],
      count: 0,
      offset: req.queryConfig.pagination.skip,
      limit: req.queryConfig.pagination.take,
    })
    return
  }
  await respondWithList(req, res, "product", "products", { id: ids, status, q })
}

export async function POST(req: MedusaRequest<z.infer<typeof CreateListing>>, res: MedusaResponse) {
  const { result } = await createListingWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, ...req.validatedBody },
  })
  res.status(201).json({ product: await refetch(req, "product", result.id, "商品") })
}
