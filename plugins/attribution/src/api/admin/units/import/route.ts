import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseCsvOr400 } from "@zhunong/common/server/csv-import"
import { createUnitsWorkflow } from "../../../../workflows/attribution/workflows/create-units"
import { UNIT_CSV_COLUMNS, UnitCsvRow } from "../../../validators"

/** Imports units from CSV: every bad row is reported and nothing is written unless all are good. */
export async function POST(req: AuthenticatedMedusaRequest<{ csv: string }>, res: MedusaResponse) {
  const rows = parseCsvOr400(res, req.validatedBody.csv, UnitCsvRow, UNIT_CSV_COLUMNS)
  if (!rows) return
  const { result } = await createUnitsWorkflow(req.scope).run({ input: { units: rows, from: "import" } })
  res.json({ created: result.length })
}
