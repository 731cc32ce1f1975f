import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import { officeOf } from "../../office-session"
import type { OfficeListLedgerQuery } from "../../validators"

/**
 * The 台账 rows behind an office's figures, within its jurisdiction subtree only, paged by the
 * database: by month, origin county, unit, whether they count and why not, or the rows a finding names.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeListLedgerQuery>>, res: MedusaResponse) {
  const { month, county, unit_id, counted, not_counted_reason, entry_key } = req.validatedQuery
  await respondWithList(req, res, "ledger_entry", "entries", {
    jurisdiction_code: officeOf(req).subtree,
    month,
    county_code: county,
    unit_id,
    counted,
    not_counted_reason,
    entry_key,
  })
}
