import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { importDivisionFlagsWorkflow } from "../../../../workflows/provenance/workflows/import-division-flags"
import { AdminCsvImport, parseCsvOr400 } from "@zhunong/common/server/csv-import"
import { DivisionFlagCsvRow } from "../../validators"

/** Imports the official 脱贫县 / 重点帮扶县 lists: CSV columns code, is_poverty_exit, is_key_assistance. */
export async function POST(req: MedusaRequest<z.infer<typeof AdminCsvImport>>, res: MedusaResponse) {
  const rows = parseCsvOr400(res, req.validatedBody.csv, DivisionFlagCsvRow, [
    "code",
    "is_poverty_exit",
    "is_key_assistance",
  ])
  if (!rows) return
  const { result } = await importDivisionFlagsWorkflow(req.scope).run({ input: { rows } })
  res.json(result)
}
