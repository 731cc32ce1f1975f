import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { importPairingsWorkflow } from "../../../../workflows/provenance/workflows/import-pairings"
import { AdminCsvImport, parseCsvOr400 } from "@zhunong/common/server/csv-import"
import { PairingCsvRow } from "../../validators"

const COLUMNS = ["jurisdiction_code", "jurisdiction_name", "division_code", "level", "pairing_type", "valid_from"]

/** Imports pairings in the format of seed/data/pairings.csv (shared/reference/pairings.csv); all rows or none. */
export async function POST(req: MedusaRequest<z.infer<typeof AdminCsvImport>>, res: MedusaResponse) {
  const rows = parseCsvOr400(res, req.validatedBody.csv, PairingCsvRow, COLUMNS)
  if (!rows) return
  const { result } = await importPairingsWorkflow(req.scope).run({ input: { rows } })
  res.json(result)
}
