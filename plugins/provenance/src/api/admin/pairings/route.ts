import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import type { AdminListPairingsQuery } from "../validators"

export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminListPairingsQuery>>, res: MedusaResponse) {
  const { jurisdiction_code, division_code } = req.validatedQuery
  await respondWithList(req, res, "pairing", "pairings", { jurisdiction_code, division_code })
}
