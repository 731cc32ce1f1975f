import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { UpdateTargetInput } from "@zhunong/common/office-forms"
import { ledger } from "../../../../modules/ledger"
import { updateTargetWorkflow } from "../../../../workflows/targets/workflows/update-target"
import { officeOf } from "../../../office-session"

/** Changes a target of the office's own subtree; one elsewhere is not found, as one that does not exist. */
export async function POST(req: MedusaRequest<UpdateTargetInput>, res: MedusaResponse) {
  const [target] = await ledger(req.scope).listTargets({
    id: req.params.id,
    jurisdiction_code: officeOf(req).subtree,
  })
  if (!target) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: 目标 ${req.params.id} 不存在或不在本辖区内`)
  const { result } = await updateTargetWorkflow(req.scope).run({ input: { ...req.validatedBody, id: target.id } })
  res.json({ target: result })
}
