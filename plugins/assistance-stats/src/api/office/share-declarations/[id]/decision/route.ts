import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReviewDeclarationInput } from "@zhunong/common/office-forms"
import { ledger } from "../../../../../modules/ledger"
import { decideDeclarationWorkflow } from "../../../../../workflows/reserved-share/workflows/reserved-share"
import { officeOf } from "../../../../office-session"

/**
 * 确认 a declaration of the office's subtree once its 主管单位 has reviewed it (at once when the
 * unit has none), or return it with the reason. Outside the subtree: not found.
 */
export async function POST(req: MedusaRequest<ReviewDeclarationInput>, res: MedusaResponse) {
  const office = officeOf(req)
  const [declaration] = await ledger(req.scope).listShareDeclarations({
    id: req.params.id,
    jurisdiction_code: office.subtree,
  })
  if (!declaration) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: 申报 ${req.params.id} 不存在或不在本辖区内`)
  const { action, reason } = req.validatedBody
  const { result } = await decideDeclarationWorkflow(req.scope).run({
    input: {
      id: declaration.id,
      from: declaration.parent_unit_id ? ["reviewed"] : ["submitted", "reviewed"],
      refusal:
        declaration.status === "submitted" ? "该申报须先由主管单位审核" : "该申报已确认或已退回，等待单位重新申报",
      to: action === "approve" ? "confirmed" : "returned",
      action: action === "approve" ? "confirmed" : "returned",
      reason: reason ?? null,
      actor_type: "office",
      actor_id: office.office_user_id,
      actor_name: office.office_name,
    },
  })
  res.json({ declaration: result })
}
