import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { refetch } from "@zhunong/common/server/query-config"
import { updateVariantWorkflow } from "../../../../../../workflows/marketplace/workflows/listings"
import { sessionOf } from "../../../../../supplier-session"
import type { UpdateVariant } from "@zhunong/common/supplier-forms"

/** Price (fen) and stock of one of the supplier's variants, at its own stock location; answers with the whole listing. */
export async function POST(req: MedusaRequest<z.infer<typeof UpdateVariant>>, res: MedusaResponse) {
  await updateVariantWorkflow(req.scope).run({
    input: {
      supplier_id: sessionOf(req).supplier_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
      ...req.validatedBody,
    },
  })
  res.json({ product: await refetch(req, "product", req.params.id, "商品") })
}
