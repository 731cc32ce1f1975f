import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOfficeAccountWorkflow } from "@zhunong/assistance-stats/workflows"
import { createTargetWorkflow, saveShareCampaignWorkflow, type TargetInput } from "@zhunong/assistance-stats/workflows"
import { OFFICE_MODULE, type OfficeModuleService } from "@zhunong/assistance-stats/modules/office"
import { shanghaiYear } from "@zhunong/common/dates"
import { DEMO_OFFICES, DEMO_PASSWORD } from "./demo-marks"

type Container = ExecArgs["container"]

const BUDGET_UNITS = ["party_government", "public_institution", "school", "hospital"]
const ALL_UNITS = [...BUDGET_UNITS, "state_enterprise", "union", "private_enterprise", "social_organization"]

/** The seeds' targets (Songjiang 2021 plan, Cixi 2021 plan, the 832 canteen rule) for this year. */
function demoTargets(year: number): TargetInput[] {
  return [
    {
      name: "松江区全年消费帮扶总额不低于1亿元",
      year,
      jurisdiction_code: "310117",
      scope: "jurisdiction",
      metric: "amount",
      threshold_fen: 10_000_000_000,
    },
    {
      name: "预算单位食堂采购脱贫地区农副产品不低于10%",
      year,
      jurisdiction_code: "310000",
      scope: "unit_type",
      unit_types: BUDGET_UNITS,
      metric: "share_of_canteen",
      rate_bp: 1_000,
      poverty_only: true,
      channels: ["canteen"],
    },
    {
      name: "慈溪市全年采购对口地区产品不低于6600万元",
      year,
      jurisdiction_code: "330282",
      scope: "jurisdiction",
      metric: "amount",
      threshold_fen: 6_600_000_000,
      paired_only: true,
    },
    {
      name: "工会法定节日慰问品购买对口地区产品不低于20%",
      year,
      jurisdiction_code: "330282",
      scope: "unit_type",
      unit_types: ALL_UNITS,
      metric: "share_of_holiday_gifts",
      rate_bp: 2_000,
      paired_only: true,
      channels: ["holiday_gift"],
      fundings: ["union"],
    },
  ]
}

/**
 * Office accounts for the demo's jurisdictions (password DEMO_PASSWORD), the seeds' targets, and
 * 松江区's 预留份额 call for the year (declarations due by year end, at least 10%).
 */
export async function seedStats(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Seeding office accounts and targets…")
  for (const office of DEMO_OFFICES) {
    await createOfficeAccountWorkflow(container).run({ input: { ...office, password: DEMO_PASSWORD, name: "办事员" } })
  }
  for (const target of demoTargets(shanghaiYear())) {
    await createTargetWorkflow(container).run({ input: target })
  }
  const songjiang = DEMO_OFFICES[0]
  const [account] = await container
    .resolve<OfficeModuleService>(OFFICE_MODULE)
    .listOfficeUsers({ email: songjiang.email }, { select: ["id"] })
  await saveShareCampaignWorkflow(container).run({
    input: {
      year: shanghaiYear(),
      deadline: `${shanghaiYear()}-12-31`,
      rate_bp: 1_000,
      jurisdiction_code: songjiang.jurisdiction_code,
      office_user_id: account.id,
      office_name: songjiang.office_name,
    },
  })
}
