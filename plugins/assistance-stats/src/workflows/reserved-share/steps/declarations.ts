import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DeclarationStatus, DeclareShareInput } from "@zhunong/common/office-forms"
import { invalid } from "@zhunong/common/server/errors"
import { shanghaiDate } from "@zhunong/common/dates"
import { shareOf } from "@zhunong/common/progress"
import { ledger } from "../../../modules/ledger"

export interface DeclareInput {
  campaign: { id: string; year: number; deadline: string; rate_bp: number }
  unit: { id: string; name: string; parent_id: string | null; jurisdiction_code: string }
  /** The representative unit when the canteen is shared, read by the route. */
  representative: { id: string; name: string } | null
  body: DeclareShareInput
}

type Declaration = Awaited<ReturnType<ReturnType<typeof ledger>["retrieveShareDeclaration"]>>
/** The figures a declaration event keeps, as they stood. */
export const snapshotOf = (d: Declaration) => ({
  kind: d.kind,
  canteen_total_fen: d.canteen_total_fen === null ? null : Number(d.canteen_total_fen),
  reserved_fen: d.reserved_fen === null ? null : Number(d.reserved_fen),
  representative_unit_id: d.representative_unit_id,
  contractor_name: d.contractor_name,
  status: d.status,
})

type Saved = { declaration: Declaration; action: "submitted" | "changed" }
type Undo =
  { id: string; created: true } | ({ id: string; parent_unit_id: string | null } & ReturnType<typeof snapshotOf>)

/**
 * Writes a unit's declaration for the year — first time, or changed (a confirmed one only with a
 * reason) — back to its 主管单位 or the office for review. The reserved share must reach the call's
 * rate. Undone by restoring the previous figures, or removing a first declaration.
 */
export const saveDeclarationStep = createStep(
  "save-share-declaration",
  async ({ campaign, unit, representative, body }: DeclareInput, { container }) => {
    const own = body.kind === "canteen" || body.kind === "outsourced"
    if (own && body.canteen_total_fen && body.reserved_fen) {
      const minimum = shareOf(body.canteen_total_fen, campaign.rate_bp)
      if (body.reserved_fen < minimum)
        throw invalid(
          "reserved_fen",
          `预留份额不得低于食堂采购总额的${campaign.rate_bp / 100}%（至少 ${(minimum / 100).toFixed(2)} 元）`
        )
    }
    const service = ledger(container)
    const [before] = await service.listShareDeclarations({ unit_id: unit.id, year: campaign.year })
    if (before?.status === "confirmed" && !body.reason) throw invalid("reason", "已确认的申报须写明修改原因")
    const fields = {
      kind: body.kind,
      canteen_total_fen: own ? body.canteen_total_fen! : null,
      reserved_fen: own ? body.reserved_fen! : null,
      representative_unit_id: representative?.id ?? null,
      representative_unit_name: representative?.name ?? null,
      contractor_name: body.kind === "outsourced" ? body.contractor_name!.trim() : null,
      status: "submitted" as const,
      parent_unit_id: unit.parent_id,
    }
    if (before) {
      const saved: Saved = {
        declaration: await service.updateShareDeclarations({ id: before.id, ...fields }),
        action: "changed",
      }
      const undo: Undo = { id: before.id, ...snapshotOf(before), parent_unit_id: before.parent_unit_id }
      return new StepResponse<Saved, Undo>(saved, undo)
    }
    const declaration = await service.createShareDeclarations({
      ...fields,
      campaign_id: campaign.id,
      year: campaign.year,
      unit_id: unit.id,
      unit_name: unit.name,
      jurisdiction_code: unit.jurisdiction_code,
      late: shanghaiDate(new Date()) > campaign.deadline,
    })
    const saved: Saved = { declaration, action: "submitted" }
    const undo: Undo = { id: declaration.id, created: true }
    return new StepResponse<Saved, Undo>(saved, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    if ("created" in undo) await ledger(container).deleteShareDeclarations(undo.id)
    else await ledger(container).updateShareDeclarations(undo)
  }
)

export interface StatusInput {
  id: string
  /** The statuses the declaration may be in for this step. */
  from: DeclarationStatus[]
  to: DeclarationStatus
  /** Why the step cannot be taken from another status, in the words of the person acting. */
  refusal: string
}

/** Moves a declaration along review (审核) and confirmation (确认); undone by putting the status back. */
export const setDeclarationStatusStep = createStep(
  "set-share-declaration-status",
  async ({ id, from, to, refusal }: StatusInput, { container }) => {
    const service = ledger(container)
    const before = await service.retrieveShareDeclaration(id)
    if (!from.includes(before.status)) throw invalid("action", refusal)
    const declaration = await service.updateShareDeclarations({ id, status: to })
    return new StepResponse(declaration, { id, status: before.status })
  },
  async (undo, { container }) => {
    if (undo) await ledger(container).updateShareDeclarations(undo)
  }
)

export interface EventInput {
  declaration_id: string
  action: "submitted" | "changed" | "reviewed" | "returned" | "confirmed"
  actor_type: "customer" | "office"
  actor_id: string
  actor_name: string
  reason: string | null
  snapshot: Record<string, unknown>
}

/** Appends one step of a declaration's history; undone by removing it. */
export const appendDeclarationEventStep = createStep(
  "append-share-declaration-event",
  async (input: EventInput, { container }) => {
    const event = await ledger(container).createShareDeclarationEvents(input)
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (id) await ledger(container).deleteShareDeclarationEvents(id)
  }
)
