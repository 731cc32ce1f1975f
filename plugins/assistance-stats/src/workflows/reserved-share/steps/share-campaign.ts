import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShareCampaignInput } from "@zhunong/common/office-forms"
import { ledger } from "../../../modules/ledger"

export type CampaignInput = ShareCampaignInput & {
  jurisdiction_code: string
  office_user_id: string
  office_name: string
}

type Undo = { id: string; created: true } | { id: string; deadline: string; rate_bp: number }

/** Opens the year's call for the office's jurisdiction, or moves its deadline and rate; undone by restoring or removing it. */
export const saveShareCampaignStep = createStep(
  "save-share-campaign",
  async (input: CampaignInput, { container }) => {
    const service = ledger(container)
    const [existing] = await service.listShareCampaigns({
      jurisdiction_code: input.jurisdiction_code,
      year: input.year,
    })
    if (existing) {
      const campaign = await service.updateShareCampaigns({
        id: existing.id,
        deadline: input.deadline,
        rate_bp: input.rate_bp,
      })
      const undo: Undo = { id: existing.id, deadline: existing.deadline, rate_bp: existing.rate_bp }
      return new StepResponse<typeof campaign, Undo>(campaign, undo)
    }
    const campaign = await service.createShareCampaigns(input)
    const undo: Undo = { id: campaign.id, created: true }
    return new StepResponse<typeof campaign, Undo>(campaign, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    if ("created" in undo) await ledger(container).deleteShareCampaigns(undo.id)
    else await ledger(container).updateShareCampaigns(undo)
  }
)
