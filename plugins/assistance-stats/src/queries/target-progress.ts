import type { MedusaContainer } from "@medusajs/framework/types"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { shanghaiDate } from "@zhunong/common/dates"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { PAIRING_TYPES } from "@zhunong/common/pairing-rules"
import { progress, shareOf, yearElapsed, type Progress } from "@zhunong/common/progress"
import { LEDGER_MODULE, type LedgerModuleService } from "../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">
type TargetRow = Awaited<ReturnType<LedgerModuleService["listTargets"]>>[number]

export interface UnitProgress extends Progress {
  unit_id: string
  unit_name: string
  base_fen: number | null
}

export type TargetProgress = TargetRow & { elapsed: number } & ({ total: Progress } | { units: UnitProgress[] })

/**
 * Where each target stands today: counted purchases of the year in its jurisdiction subtree (with its
 * filters), from the statistics rollup; per unit for unit targets, against the bases units declared.
 * `only_unit` narrows unit targets to that unit (a unit reading its own progress).
 */
export async function targetProgress(
  container: Container,
  targets: TargetRow[],
  options: { only_unit?: string } = {}
): Promise<TargetProgress[]> {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const attribution = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
  const today = shanghaiDate(new Date())
  const results: TargetProgress[] = []
  const subtrees = new Map<string, string[]>()
  for (const target of targets) {
    // Targets of one jurisdiction share its subtree: read it once.
    if (!subtrees.has(target.jurisdiction_code))
      subtrees.set(target.jurisdiction_code, await provenance.jurisdictionSubtree(target.jurisdiction_code))
    const subtree = subtrees.get(target.jurisdiction_code)!
    const where = {
      jurisdiction_code: subtree,
      counted: true,
      ...(target.poverty_only ? { poverty_exit: true } : {}),
      ...(target.paired_only ? { pairing_type: [...PAIRING_TYPES] } : {}),
      ...(target.channels ? { channel: target.channels } : {}),
      ...(target.fundings ? { funding: target.fundings } : {}),
    }
    const months = { from_month: `${target.year}-01`, to_month: `${target.year}-12` }
    const elapsed = yearElapsed(target.year, today)
    const threshold = target.threshold_fen === null ? null : Number(target.threshold_fen)

    if (target.scope === "jurisdiction") {
      const [sum] = await ledger.aggregate({ group_by: [], where, ...months })
      results.push({ ...target, elapsed, total: progress(threshold, Number(sum?.counted_amount_fen ?? 0), elapsed) })
      continue
    }
    const units = (
      target.scope === "unit"
        ? await attribution.listBuyingUnits({ id: target.unit_id! })
        : await attribution.listBuyingUnits({
            type: target.unit_types,
            jurisdiction_code: subtree,
            status: "active",
          })
    ).filter((u) => !options.only_unit || u.id === options.only_unit)
    const ids = units.map((u) => u.id)
    const [sums, bases] = ids.length
      ? await Promise.all([
          ledger.aggregate({ group_by: ["unit"], where: { ...where, unit_id: ids }, ...months }),
          attribution.listUnitBases({ unit_id: ids, year: target.year }),
        ])
      : [[], []]
    const achievedBy = new Map(sums.map((s) => [s.unit as string, Number(s.counted_amount_fen)]))
    const baseBy = new Map(
      bases.map((b) => [
        b.unit_id,
        target.metric === "share_of_canteen" ? b.canteen_total_fen : b.holiday_gift_total_fen,
      ])
    )
    results.push({
      ...target,
      elapsed,
      units: units.map((unit) => {
        const base = target.metric === "amount" ? null : (baseBy.get(unit.id) ?? null)
        const required =
          target.metric === "amount" ? threshold : base === null ? null : shareOf(Number(base), target.rate_bp ?? 0)
        return {
          unit_id: unit.id,
          unit_name: unit.name,
          base_fen: base === null ? null : Number(base),
          ...progress(required, achievedBy.get(unit.id) ?? 0, elapsed),
        }
      }),
    })
  }
  return results
}
