import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../../../modules/ledger"
import { targetProgress } from "../../../../../queries/target-progress"

/**
 * The unit's own progress: targets set for it, or for its type in a jurisdiction it is assessed in,
 * each narrowed to this unit (a unit never sees another unit's figures).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const unit = await req.scope.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).retrieveBuyingUnit(req.params.id)
  const chain = await req.scope
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .jurisdictionChain(unit.jurisdiction_code)
  const candidates = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listTargets({ jurisdiction_code: chain, scope: ["unit", "unit_type"] })
  const applicable = candidates.filter((t) =>
    t.scope === "unit" ? t.unit_id === unit.id : (t.unit_types ?? []).includes(unit.type)
  )
  const progress = await targetProgress(req.scope, applicable, { only_unit: unit.id })
  res.json({
    targets: progress.map((t) => ("units" in t ? { ...t, progress: t.units[0] ?? null, units: undefined } : t)),
  })
}
