import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { ledger } from "../../../../../modules/ledger"
import { bulletinTable, bulletinWithPrevious } from "../../../../../queries/reserved-share"
import { officeOf } from "../../../../office-session"
import type { BulletinQuery } from "../../../../validators"
import { sendReport } from "../../../exports/send-report"

/**
 * One kept 通报 of the office's own calls, beside the one before it: as JSON (the printable page
 * reads it) or as CSV/XLSX. Another office's bulletin is not found.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof BulletinQuery>>, res: MedusaResponse) {
  const service = ledger(req.scope)
  const [bulletin] = await service.listShareBulletins({ id: req.params.id })
  const [campaign] = bulletin
    ? await service.listShareCampaigns({ id: bulletin.campaign_id, jurisdiction_code: officeOf(req).jurisdiction_code })
    : []
  if (!bulletin || !campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: 通报 ${req.params.id} 不存在`)
  const full = await bulletinWithPrevious(req.scope, bulletin)
  const { format } = req.validatedQuery
  if (format === "json") return res.json({ bulletin: { ...full, year: campaign.year, rate_bp: campaign.rate_bp } })
  await sendReport(res, format, bulletinTable(full))
}
