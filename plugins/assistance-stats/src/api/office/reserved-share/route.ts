import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { ShareCampaignInput } from "@zhunong/common/office-forms"
import { ledger } from "../../../modules/ledger"
import { shareStanding } from "../../../queries/reserved-share"
import { saveShareCampaignWorkflow } from "../../../workflows/reserved-share/workflows/reserved-share"
import { officeOf } from "../../office-session"
import type { OfficeShareQuery } from "../../validators"

/**
 * The office's 预留份额 call for a year: its coverage (declared / confirmed / missing / exempt) and
 * the units ranked by completion, a page at a time (filtered by coverage), each with its history.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeShareQuery>>, res: MedusaResponse) {
  const office = officeOf(req)
  const { year, coverage, limit, offset } = req.validatedQuery as z.infer<typeof OfficeShareQuery> & {
    limit: number
    offset: number
  }
  const [campaign] = await ledger(req.scope).listShareCampaigns({ jurisdiction_code: office.jurisdiction_code, year })
  if (!campaign) return res.json({ campaign: null, coverage: null, elapsed: null, units: [], count: 0, limit, offset })
  const standing = await shareStanding(req.scope, campaign)
  const listed = coverage ? standing.units.filter((u) => u.coverage === coverage) : standing.units
  const page = listed.slice(offset, offset + limit)
  const ids = page.flatMap((u) => (u.declaration_id ? [u.declaration_id] : []))
  const events = ids.length
    ? await ledger(req.scope).listShareDeclarationEvents({ declaration_id: ids }, { order: { created_at: "ASC" } })
    : []
  res.json({
    campaign,
    coverage: standing.coverage,
    elapsed: standing.elapsed,
    units: page.map((u) => ({ ...u, events: events.filter((e) => e.declaration_id === u.declaration_id) })),
    count: listed.length,
    limit,
    offset,
  })
}

/** Opens (or moves the deadline and rate of) the year's call for the office's own jurisdiction. */
export async function POST(req: MedusaRequest<ShareCampaignInput>, res: MedusaResponse) {
  const office = officeOf(req)
  const { result } = await saveShareCampaignWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      jurisdiction_code: office.jurisdiction_code,
      office_user_id: office.office_user_id,
      office_name: office.office_name,
    },
  })
  res.json({ campaign: result })
}
