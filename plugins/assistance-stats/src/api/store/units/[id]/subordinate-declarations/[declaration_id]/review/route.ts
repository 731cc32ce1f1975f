import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReviewDeclarationInput } from "@zhunong/common/office-forms"
import { ledger } from "../../../../../../../modules/ledger"
import { decideDeclarationWorkflow } from "../../../../../../../workflows/reserved-share/workflows/reserved-share"
import { customerName } from "../../../../reserved-share"

/** 主管单位审核: its admin passes a subordinate's declaration on to the office, or returns it with the reason. */
export async function POST(req: MedusaRequest<ReviewDeclarationInput>, res: MedusaResponse) {
  const [declaration] = await ledger(req.scope).listShareDeclarations({
    id: req.params.declaration_id,
    parent_unit_id: req.params.id,
  })
  if (!declaration) throw new MedusaError(MedusaError.Types.NOT_FOUND, "declaration_id: 该申报不是本单位所属单位的申报")
  const { action, reason } = req.validatedBody
  const actor = await customerName(req)
  const { result } = await decideDeclarationWorkflow(req.scope).run({
    input: {
      id: declaration.id,
      from: ["submitted"],
      refusal: "该申报已审核，或等待单位重新申报",
      to: action === "approve" ? "reviewed" : "returned",
      action: action === "approve" ? "reviewed" : "returned",
      reason: reason ?? null,
      actor_type: "customer",
      actor_id: actor.id,
      actor_name: actor.name,
    },
  })
  res.json({ declaration: result })
}
