import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import type { DeclareShareInput } from "@zhunong/common/office-forms"
import { BUDGET_UNIT_TYPES } from "@zhunong/common/purchase-rules"
import { invalid } from "@zhunong/common/server/errors"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { ledger } from "../../../../../modules/ledger"
import { shareStanding } from "../../../../../queries/reserved-share"
import { declareShareWorkflow } from "../../../../../workflows/reserved-share/workflows/reserved-share"
import { customerName, unitAndCampaign } from "../../reserved-share"

/**
 * The unit's 预留份额 for this year, for any active member: the call (deadline, rate), its
 * declaration with the history, its completion, the reminders its office sent, and the units it may
 * name as the representative of a shared canteen.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { unit, budget, campaign } = await unitAndCampaign(req)
  if (!campaign)
    return res.json({
      budget,
      campaign: null,
      declaration: null,
      events: [],
      standing: null,
      reminders: [],
      representatives: [],
    })
  const service = ledger(req.scope)
  const [declaration] = await service.listShareDeclarations({ unit_id: unit.id, year: campaign.year })
  const subtree = await req.scope
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .jurisdictionSubtree(campaign.jurisdiction_code)
  const [events, standing, reminders, representatives] = await Promise.all([
    declaration
      ? service.listShareDeclarationEvents({ declaration_id: declaration.id }, { order: { created_at: "ASC" } })
      : [],
    shareStanding(req.scope, campaign),
    req.scope
      .resolve(Modules.NOTIFICATION)
      .listNotifications(
        { resource_type: "buying_unit", resource_id: unit.id, template: "reserved-share-reminder" },
        { order: { created_at: "DESC" }, take: 5 }
      ),
    req.scope
      .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
      .listBuyingUnits(
        { type: [...BUDGET_UNIT_TYPES], jurisdiction_code: unit.jurisdiction_code, status: "active" },
        { select: ["id", "name", "jurisdiction_code"], order: { name: "ASC" }, take: 200 }
      ),
  ])
  res.json({
    budget,
    campaign,
    declaration: declaration ?? null,
    events,
    standing: standing.units.find((u) => u.unit_id === unit.id) ?? null,
    reminders: reminders.map((n) => ({ id: n.id, created_at: n.created_at, data: n.data })),
    representatives: representatives
      .filter((u) => u.id !== unit.id && subtree.includes(u.jurisdiction_code))
      .map((u) => ({ id: u.id, name: u.name })),
  })
}

/** The unit admin declares the year's canteen total and reserved share, or an exemption; a change is kept with its reason. */
export async function POST(req: MedusaRequest<DeclareShareInput>, res: MedusaResponse) {
  const { unit, budget, campaign } = await unitAndCampaign(req)
  if (!budget) throw invalid("kind", "本单位不是预算单位，无需申报预留份额")
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, "kind: 本辖区尚未发起今年的预留份额申报")
  const body = req.validatedBody
  let representative: { id: string; name: string } | null = null
  if (body.kind === "shared_canteen") {
    const subtree = await req.scope
      .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
      .jurisdictionSubtree(campaign.jurisdiction_code)
    const [found] = await req.scope.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).listBuyingUnits({
      id: body.representative_unit_id!,
      type: [...BUDGET_UNIT_TYPES],
      jurisdiction_code: subtree,
      status: "active",
    })
    if (!found || found.id === unit.id) throw invalid("representative_unit_id", "代表单位应为本辖区内的另一个预算单位")
    const [theirs] = await ledger(req.scope).listShareDeclarations({ unit_id: found.id, year: campaign.year })
    if (theirs?.kind === "shared_canteen" || theirs?.kind === "no_canteen")
      throw invalid("representative_unit_id", `${found.name}没有申报自办食堂，不能代表申报`)
    representative = { id: found.id, name: found.name }
  }
  const actor = await customerName(req)
  const { result } = await declareShareWorkflow(req.scope).run({
    input: {
      campaign,
      unit,
      representative,
      body,
      actor_type: "customer",
      actor_id: actor.id,
      actor_name: actor.name,
    },
  })
  res.json({ declaration: result })
}
