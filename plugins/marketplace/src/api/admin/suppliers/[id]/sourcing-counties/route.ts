import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { refetch } from "@zhunong/common/server/query-config"
import { setSourcingCountiesWorkflow } from "../../../../../workflows/marketplace/workflows/set-sourcing-counties"
import type { AdminSourcingCounties } from "../../../../validators"

/** The counties besides its own that the supplier may sell products from (each must be eligible). */
export async function POST(req: MedusaRequest<z.infer<typeof AdminSourcingCounties>>, res: MedusaResponse) {
  await setSourcingCountiesWorkflow(req.scope).run({
    input: { supplier_id: req.params.id, county_codes: req.validatedBody.county_codes },
  })
  res.json({ supplier: await refetch(req, "supplier", req.params.id, "供应商") })
}
