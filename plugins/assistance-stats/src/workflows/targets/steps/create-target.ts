import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { invalid } from "@zhunong/common/server/errors"

export interface TargetInput {
  name: string
  year: number
  jurisdiction_code: string
  scope: "jurisdiction" | "unit_type" | "unit"
  unit_types?: string[] | null
  unit_id?: string | null
  metric: "amount" | "share_of_canteen" | "share_of_holiday_gifts"
  threshold_fen?: number | null
  rate_bp?: number | null
  paired_only?: boolean
  poverty_only?: boolean
  channels?: string[] | null
  fundings?: string[] | null
}

/** A known jurisdiction, and for a unit target a unit assessed inside it. */
export const createTargetStep = createStep(
  "create-target",
  async (input: TargetInput, { container }) => {
    const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    const subtree = await provenance.jurisdictionSubtree(input.jurisdiction_code)
    if (!subtree.length) throw invalid("jurisdiction_code", `未知的辖区 ${input.jurisdiction_code}`)
    if (input.scope === "unit") {
      const [unit] = await container
        .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
        .listBuyingUnits({ id: input.unit_id! })
      if (!unit) throw invalid("unit_id", `采购单位 ${input.unit_id} 不存在`)
      if (!subtree.includes(unit.jurisdiction_code))
        throw invalid("unit_id", `${unit.name} 不在辖区 ${input.jurisdiction_code} 内`)
    }
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const target = await ledger.createTargets(input as unknown as Record<string, unknown>)
    return new StepResponse(target, target.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteTargets(id)
  }
)
