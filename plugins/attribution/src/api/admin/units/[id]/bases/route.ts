import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { setUnitBasisWorkflow } from "../../../../../workflows/attribution/workflows/set-unit-basis"
import type { AdminSetUnitBasis } from "../../../../validators"

/** Sets the unit's declared bases for a year (amounts in fen). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminSetUnitBasis>>, res: MedusaResponse) {
  const { result } = await setUnitBasisWorkflow(req.scope).run({
    input: { unit_id: req.params.id, ...req.validatedBody },
  })
  res.json({ basis: result })
}
