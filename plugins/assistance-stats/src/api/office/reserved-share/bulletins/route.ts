import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { shanghaiDate } from "@zhunong/common/dates"
import type { CreateBulletinInput } from "@zhunong/common/office-forms"
import { ledger } from "../../../../modules/ledger"
import { bulletinRows, shareStanding } from "../../../../queries/reserved-share"
import { createShareBulletinWorkflow } from "../../../../workflows/reserved-share/workflows/reserved-share"
import { officeOf } from "../../../office-session"
import type { ShareYearQuery } from "../../../validators"

const campaignOf = async (req: MedusaRequest, year: number) => {
  const [campaign] = await ledger(req.scope).listShareCampaigns({
    jurisdiction_code: officeOf(req).jurisdiction_code,
    year,
  })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `year: ${year}年尚未发起预留份额申报`)
  return campaign
}

/** The 通报 kept for the year's call, newest first (without their rows). */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof ShareYearQuery>>, res: MedusaResponse) {
  const campaign = await campaignOf(req, req.validatedQuery.year)
  const bulletins = await ledger(req.scope).listShareBulletins(
    { campaign_id: campaign.id },
    { select: ["id", "title", "as_of", "office_name", "coverage", "created_at"], order: { created_at: "DESC" } }
  )
  res.json({ bulletins })
}

/** 生成通报: the ranking as it stands today, kept as it is. */
export async function POST(req: MedusaRequest<CreateBulletinInput>, res: MedusaResponse) {
  const campaign = await campaignOf(req, req.validatedBody.year)
  const standing = await shareStanding(req.scope, campaign)
  const { result } = await createShareBulletinWorkflow(req.scope).run({
    input: {
      campaign_id: campaign.id,
      title: req.validatedBody.title,
      as_of: shanghaiDate(new Date()),
      office_name: officeOf(req).office_name,
      coverage: standing.coverage,
      rows: bulletinRows(standing.units) as unknown as Record<string, unknown>[],
    },
  })
  res.status(201).json({ bulletin: result })
}
