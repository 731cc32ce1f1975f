import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import type { AdminListJurisdictionsQuery } from "../validators"

export async function GET(
  req: MedusaRequest<unknown, z.infer<typeof AdminListJurisdictionsQuery>>,
  res: MedusaResponse
) {
  await respondWithList(req, res, "jurisdiction", "jurisdictions", { parent_code: req.validatedQuery.parent_code })
}
