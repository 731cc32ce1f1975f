import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { createListingWorkflow } from "../../../workflows/marketplace/workflows/listings"
import { sessionOf } from "../../supplier-session"
import type { CreateListing } from "../../validators"

export const LISTING_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "images.url",
  "created_at",
  "division.code",
  "division.name",
  "certificates.id",
  "certificates.type",
  "certificates.number",
  "certificates.status",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** The supplier's own products (any status), newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "supplier",
    fields: LISTING_FIELDS.map((f) => `products.${f}`),
    filters: { id: sessionOf(req).supplier_id },
  })
  const products = [...(data[0]?.products ?? [])].sort((a, b) =>
    String(b.created_at).localeCompare(String(a.created_at))
  )
  res.json({ products, count: products.length })
}

export async function POST(req: MedusaRequest<z.infer<typeof CreateListing>>, res: MedusaResponse) {
  const { result } = await createListingWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, ...req.validatedBody },
  })
  res
    .status(201)
    .json({ product: { id: result.id, title: result.title, handle: result.handle, status: result.status } })
}
