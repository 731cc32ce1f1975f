import type { MedusaContainer } from "@medusajs/framework/types"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { shanghaiDate, shanghaiYear } from "@zhunong/common/dates"
import type { DeclarationKind, DeclarationStatus } from "@zhunong/common/office-forms"
import { progress } from "@zhunong/common/progress"
import { BUDGET_UNIT_TYPES } from "@zhunong/common/purchase-rules"
import { yearElapsed } from "@zhunong/common/progress"
import { ledger } from "../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">
type Campaign = Awaited<ReturnType<ReturnType<typeof ledger>["listShareCampaigns"]>>[number]
type Declaration = Awaited<ReturnType<ReturnType<typeof ledger>["listShareDeclarations"]>>[number]

/** Where a unit stands in a call: not declared, exempt (no canteen, or counted with its representative), declared, confirmed. */
export type Coverage = "missing" | "exempt" | "declared" | "confirmed"

export interface UnitStanding {
  unit_id: string
  unit_name: string
  parent_unit_id: string | null
  coverage: Coverage
  declaration_id: string | null
  kind: DeclarationKind | null
  status: DeclarationStatus | null
  late: boolean
  reserved_fen: number | null
  /** Counted canteen purchases from 脱贫县 this year, with those of the units sharing its canteen. */
  bought_fen: number
  /** bought ÷ reserved in basis points; null without a reserved amount. */
  completion_bp: number | null
  /** Behind the year's pace: projected to year end below the reserved amount. */
  behind: boolean
}

/** The 预留份额 call that applies to a unit this year: its own jurisdiction's, else the nearest above. */
export async function campaignForUnit(container: Container, jurisdictionCode: string, year = shanghaiYear()) {
  const chain = await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).jurisdictionChain(jurisdictionCode)
  const campaigns = await ledger(container).listShareCampaigns({ jurisdiction_code: chain, year })
  return chain.map((code) => campaigns.find((c) => c.jurisdiction_code === code)).find((c) => !!c) ?? null
}

const isExempt = (d: Declaration) => d.kind === "no_canteen" || d.kind === "shared_canteen"

/**
 * Every budget unit of a call's subtree with its declaration and completion: three reads (units,
 * declarations, one grouped sum of the ledger's rollup), whatever the number of units. A shared
 * canteen's purchases count once, toward the representative that declared for it.
 */
export async function shareStanding(container: Container, campaign: Campaign) {
  const subtree = await container
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .jurisdictionSubtree(campaign.jurisdiction_code)
  const units = await container
    .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    .listBuyingUnits(
      { type: [...BUDGET_UNIT_TYPES], jurisdiction_code: subtree, status: "active" },
      { select: ["id", "name", "parent_id"], order: { name: "ASC" }, take: null }
    )
  const ids = units.map((u) => u.id)
  const [declarations, sums] = ids.length
    ? await Promise.all([
        ledger(container).listShareDeclarations({ campaign_id: campaign.id }, { take: null }),
        ledger(container).aggregate({
          group_by: ["unit"],
          where: { jurisdiction_code: subtree, unit_id: ids, counted: true, channel: ["canteen"], poverty_exit: true },
          from_month: `${campaign.year}-01`,
          to_month: `${campaign.year}-12`,
        }),
      ])
    : [[], []]
  const declared = new Map(declarations.map((d) => [d.unit_id, d]))
  const own = new Map(sums.map((s) => [String(s.unit), Number(s.counted_amount_fen)]))
  // a unit sharing a canteen buys toward its representative's reserved share
  const bought = new Map(ids.map((id) => [id, own.get(id) ?? 0]))
  for (const d of declarations) {
    if (d.kind === "shared_canteen" && d.representative_unit_id && bought.has(d.representative_unit_id))
      bought.set(d.representative_unit_id, bought.get(d.representative_unit_id)! + (own.get(d.unit_id) ?? 0))
  }
  const elapsed = yearElapsed(campaign.year, shanghaiDate(new Date()))
  const standings: UnitStanding[] = units.map((unit) => {
    const d = declared.get(unit.id)
    const reserved = d && !isExempt(d) && d.reserved_fen !== null ? Number(d.reserved_fen) : null
    const amount = bought.get(unit.id) ?? 0
    return {
      unit_id: unit.id,
      unit_name: unit.name,
      parent_unit_id: unit.parent_id,
      coverage: !d ? "missing" : isExempt(d) ? "exempt" : d.status === "confirmed" ? "confirmed" : "declared",
      declaration_id: d?.id ?? null,
      kind: d?.kind ?? null,
      status: d?.status ?? null,
      late: d?.late ?? false,
      reserved_fen: reserved,
      bought_fen: amount,
      completion_bp: reserved ? Math.floor((amount * 10_000) / reserved) : null,
      behind: reserved ? !progress(reserved, amount, elapsed).on_track : false,
    }
  })
  // the ranking: units with a reserved share by completion, best first; the rest after, by name
  standings.sort(
    (a, b) =>
      Number(b.completion_bp !== null) - Number(a.completion_bp !== null) ||
      (b.completion_bp ?? 0) - (a.completion_bp ?? 0) ||
      a.unit_name.localeCompare(b.unit_name, "zh-CN")
  )
  const coverage = { units: standings.length, missing: 0, exempt: 0, declared: 0, confirmed: 0 }
  for (const s of standings) coverage[s.coverage]++
  return { campaign, elapsed, coverage, units: standings }
}

type Bulletin = Awaited<ReturnType<ReturnType<typeof ledger>["retrieveShareBulletin"]>>
export interface BulletinRow {
  rank: number | null
  unit_id: string
  unit_name: string
  coverage: Coverage
  reserved_fen: number | null
  bought_fen: number
  completion_bp: number | null
  behind: boolean
}

/** The rows a 通报 keeps: every unit as ranked now, ranks only for units with a reserved share. */
export const bulletinRows = (units: UnitStanding[]): BulletinRow[] => {
  let rank = 0
  return units.map((u) => ({
    rank: u.completion_bp === null ? null : ++rank,
    unit_id: u.unit_id,
    unit_name: u.unit_name,
    coverage: u.coverage,
    reserved_fen: u.reserved_fen,
    bought_fen: u.bought_fen,
    completion_bp: u.completion_bp,
    behind: u.behind,
  }))
}

/** A kept bulletin beside the one before it: each unit's earlier rank and completion, for the change. */
export async function bulletinWithPrevious(container: Container, bulletin: Bulletin) {
  const [previous] = await ledger(container).listShareBulletins(
    { campaign_id: bulletin.campaign_id, created_at: { $lt: bulletin.created_at } },
    { order: { created_at: "DESC" }, take: 1 }
  )
  const rows = bulletin.rows as unknown as BulletinRow[]
  const before = new Map(((previous?.rows ?? []) as unknown as BulletinRow[]).map((r) => [r.unit_id, r]))
  return {
    ...bulletin,
    previous: previous ? { id: previous.id, title: previous.title, as_of: previous.as_of } : null,
    rows: rows.map((r) => ({
      ...r,
      previous_rank: before.get(r.unit_id)?.rank ?? null,
      previous_completion_bp: before.get(r.unit_id)?.completion_bp ?? null,
    })),
  }
}

const COVERAGE_LABELS: Record<Coverage, string> = {
  missing: "未申报",
  exempt: "免于申报",
  declared: "已申报待确认",
  confirmed: "已确认",
}
const percent = (bp: number | null) => (bp === null ? "" : (bp / 100).toFixed(2))

/** A 通报 as a table for CSV/XLSX: rank, unit, status, amounts in 元, completion, the change since the previous one. */
export function bulletinTable(bulletin: Awaited<ReturnType<typeof bulletinWithPrevious>>) {
  const yuan = (fen: number | null) => (fen === null ? "" : (fen / 100).toFixed(2))
  return {
    filename: `通报-${bulletin.title}-${bulletin.as_of}`,
    sheet: "通报",
    headers: [
      "排名",
      "单位",
      "申报情况",
      "预留份额（元）",
      "已采购（元）",
      "完成率（%）",
      "落后于进度",
      "上期排名",
      "上期完成率（%）",
    ],
    amounts: [3, 4],
    rows: async () => bulletin.rows.length,
    produce: async (emit: (rows: unknown[][]) => Promise<void>) =>
      emit(
        bulletin.rows.map((r) => [
          r.rank ?? "",
          r.unit_name,
          COVERAGE_LABELS[r.coverage],
          yuan(r.reserved_fen),
          yuan(r.bought_fen),
          percent(r.completion_bp),
          r.behind ? "是" : "",
          r.previous_rank ?? "",
          percent(r.previous_completion_bp),
        ])
      ),
  }
}
