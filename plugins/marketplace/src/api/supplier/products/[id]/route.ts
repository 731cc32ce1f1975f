import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { refetch } from "@zhunong/common/server/query-config"
import { assertOwnProduct } from "../../../../workflows/marketplace/steps/products"
import { updateListingWorkflow } from "../../../../workflows/marketplace/workflows/listings"
import { sessionOf } from "../../../supplier-session"
import type { UpdateListing } from "@zhunong/common/supplier-forms"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await assertOwnProduct(req.scope, sessionOf(req).supplier_id, req.params.id)
  res.json({ product: await refetch(req, "product", req.params.id, "商品") })
}

/** Edits the listing; `status: "draft"` archives it (off the shop, kept with its history). */
export async function POST(req: MedusaRequest<z.infer<typeof UpdateListing>>, res: MedusaResponse) {
  await updateListingWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, product_id: req.params.id, ...req.validatedBody },
  })
  res.json({ product: await refetch(req, "product", req.params.id, "商品") })
}
