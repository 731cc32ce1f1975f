import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { shipPartWorkflow } from "../../../../../workflows/marketplace/workflows/parts"
import { sessionOf } from "../../../../supplier-session"
import type { ShipPart } from "@zhunong/common/supplier-forms"

/** Ships the supplier's part with a carrier and tracking number (a Medusa fulfillment, marked shipped). */
export async function POST(req: MedusaRequest<z.infer<typeof ShipPart>>, res: MedusaResponse) {
  const { result } = await shipPartWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, part_id: req.params.id, ...req.validatedBody },
  })
  res.json({
    order: {
      id: result.id,
      carrier: result.carrier,
      tracking_number: result.tracking_number,
      shipped_at: result.shipped_at,
    },
  })
}
