import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { assertOwnProduct } from "../../../../workflows/marketplace/steps/products"
import { updateListingWorkflow } from "../../../../workflows/marketplace/workflows/listings"
import { sessionOf } from "../../../supplier-session"
import type { UpdateListing } from "../../../validators"
import { LISTING_FIELDS } from "../route"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await assertOwnProduct(req.scope, sessionOf(req).supplier_id, req.params.id)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: LISTING_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ product: data[0] })
}

/** Edits the listing; `status: "draft"` archives it (off the shop, kept with its history). */
export async function POST(req: MedusaRequest<z.infer<typeof UpdateListing>>, res: MedusaResponse) {
  await updateListingWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, product_id: req.params.id, ...req.validatedBody },
  })
  res.json({ product: { id: req.params.id } })
}
