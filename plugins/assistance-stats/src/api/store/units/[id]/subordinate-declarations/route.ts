import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shanghaiYear } from "@zhunong/common/dates"
import { ledger } from "../../../../../modules/ledger"

/** 主管单位: this year's declarations of the units it supervises, with their history, for its admin to review. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = ledger(req.scope)
  const declarations = await service.listShareDeclarations(
    { parent_unit_id: req.params.id, year: shanghaiYear() },
    { order: { unit_name: "ASC" }, take: 500 }
  )
  const events = declarations.length
    ? await service.listShareDeclarationEvents(
        { declaration_id: declarations.map((d) => d.id) },
        { order: { created_at: "ASC" } }
      )
    : []
  res.json({
    declarations: declarations.map((d) => ({ ...d, events: events.filter((e) => e.declaration_id === d.id) })),
  })
}
