import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import { refetch } from "@zhunong/common/server/query-config"
import { createUnitsWorkflow } from "../../../workflows/attribution/workflows/create-units"
import type { AdminCreateUnit, AdminListUnitsQuery } from "../../validators"

/** The buying units, searchable by name or 信用代码 and filterable by type, jurisdiction, parent and status. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, z.infer<typeof AdminListUnitsQuery>>,
  res: MedusaResponse
) {
  const { q, type, jurisdiction_code, status, parent_id } = req.validatedQuery
  await respondWithList(req, res, "buying_unit", "units", {
    type,
    jurisdiction_code,
    status,
    parent_id,
    $or: q ? [{ name: { $ilike: `%${q}%` } }, { uscc: { $like: `${q.toUpperCase()}%` } }] : undefined,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateUnit>>, res: MedusaResponse) {
  const { result } = await createUnitsWorkflow(req.scope).run({
    input: { units: [{ ...req.validatedBody, line: 1 }], from: "form" },
  })
  res.status(201).json({ unit: await refetch(req, "buying_unit", result[0].id, "采购单位") })
}
