import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import type { UnitOrdersQuery } from "../../../../validators"

/** The orders credited to the unit, newest first, each with its attribution. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, z.infer<typeof UnitOrdersQuery>>,
  res: MedusaResponse
) {
  await respondWithList(req, res, "order_attribution", "orders", {
    unit_id: req.params.id,
    order_id: { $ne: null },
    year: req.validatedQuery.year,
  })
}
