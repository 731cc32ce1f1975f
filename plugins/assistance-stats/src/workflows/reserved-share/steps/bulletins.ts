import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { ledger } from "../../../modules/ledger"

export interface BulletinInput {
  campaign_id: string
  title: string
  as_of: string
  office_name: string
  coverage: Record<string, number>
  rows: Record<string, unknown>[]
}

/** Keeps a 通报 as generated; undone by removing it. */
export const createBulletinStep = createStep(
  "create-share-bulletin",
  async (input: BulletinInput, { container }) => {
    // the rows are a JSON array; the model types every json column as an object
    const bulletin = await ledger(container).createShareBulletins({
      ...input,
      rows: input.rows as unknown as Record<string, unknown>,
    })
    return new StepResponse(bulletin, bulletin.id)
  },
  async (id, { container }) => {
    if (id) await ledger(container).deleteShareBulletins(id)
  }
)

export interface ReminderInput {
  /** One notice per unit admin of each unit that has not declared. */
  notices: { to: string; unit_id: string; unit_name: string }[]
  office_name: string
  year: number
  deadline: string
}

/**
 * Reminds the admins of units that have not declared, through Medusa's notification module (the
 * `feed` channel: the unit's page in the shop lists them). A sent notice is not taken back.
 */
export const remindUnitsStep = createStep("remind-share-units", async (input: ReminderInput, { container }) => {
  if (!input.notices.length) return new StepResponse(0)
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    input.notices.map((n) => ({
      to: n.to,
      channel: "feed",
      template: "reserved-share-reminder",
      resource_type: "buying_unit",
      resource_id: n.unit_id,
      data: {
        title: `请于${input.deadline}前申报${input.year}年食堂预留份额`,
        body: `${input.office_name}提醒：${n.unit_name}尚未申报${input.year}年食堂食材采购总额和预留份额，请单位管理员在本单位页面填报。`,
      },
    }))
  )
  return new StepResponse(input.notices.length)
})
