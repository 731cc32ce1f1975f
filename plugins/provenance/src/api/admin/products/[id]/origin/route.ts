import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { setProductOriginWorkflow } from "../../../../../workflows/provenance/workflows/set-product-origin"
import type { AdminSetOrigin } from "../../../validators"

/** Sets the product's origin county (产地县). */
export async function POST(req: MedusaRequest<z.infer<typeof AdminSetOrigin>>, res: MedusaResponse) {
  const { result } = await setProductOriginWorkflow(req.scope).run({
    input: { product_id: req.params.id, county_code: req.validatedBody.county_code },
  })
  res.json({ origin_county: result })
}
