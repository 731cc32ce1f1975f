import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { dimensionNames } from "../../../queries/dimension-names"
import { officeOf } from "../../office-session"
import type { OfficeStatsQuery } from "../../validators"

/**
 * 统计: the ledger's sums for the office's jurisdiction subtree, grouped and filtered by any dimension,
 * from the rollup, with the names of the places and units grouped by. A jurisdiction outside the
 * subtree is refused, never silently emptied.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeStatsQuery>>, res: MedusaResponse) {
  const office = officeOf(req)
  const { group_by, from, to, jurisdiction, ...filters } = req.validatedQuery
  const outside = (jurisdiction ?? []).filter((code) => !office.subtree.includes(code))
  if (outside.length)
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `jurisdiction: ${outside.join("、")} 不在本办公室的辖区内`)
  const where = {
    jurisdiction_code: jurisdiction?.length ? jurisdiction : office.subtree,
    unit_id: filters.unit,
    unit_type: filters.unit_type,
    province_code: filters.province,
    prefecture_code: filters.prefecture,
    county_code: filters.county,
    poverty_exit: filters.poverty_exit,
    pairing_type: filters.pairing_type,
    certificate_type: filters.certificate_type,
    channel: filters.channel,
    funding: filters.funding,
    supplier_id: filters.supplier,
    counted: filters.counted,
  }
  const rows = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .aggregate({ group_by, where, from_month: from, to_month: to })
  res.json({
    group_by,
    from: from ?? null,
    to: to ?? null,
    rows,
    names: await dimensionNames(req.scope, group_by, rows),
  })
}
