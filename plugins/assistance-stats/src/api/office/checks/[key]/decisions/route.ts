import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { DecideCheckInput } from "@zhunong/common/office-forms"
import { shanghaiYear } from "@zhunong/common/dates"
import { fraudChecks } from "../../../../../queries/fraud-checks"
import { recordCheckDecisionWorkflow } from "../../../../../workflows/checks/workflows/record-check-decision"
import { officeOf } from "../../../../office-session"

/**
 * Records the office's decision on one of its findings. The finding is looked for again in the
 * office's own subtree: a key from elsewhere, or one the ledger no longer yields, is not found.
 */
export async function POST(req: MedusaRequest<DecideCheckInput>, res: MedusaResponse) {
  const office = officeOf(req)
  const year = shanghaiYear()
  const { decision, note, from = `${year}-01`, to = `${year}-12` } = req.validatedBody
  const finding = (await fraudChecks(req.scope, office.subtree, { from, to })).find((f) => f.key === req.params.key)
  if (!finding) throw new MedusaError(MedusaError.Types.NOT_FOUND, "finding_key: 该疑点不在本辖区内或已不存在")
  const { result } = await recordCheckDecisionWorkflow(req.scope).run({
    input: {
      finding_key: finding.key,
      check: finding.check,
      decision,
      note,
      office_user_id: office.office_user_id,
      office_name: office.office_name,
      jurisdiction_code: office.jurisdiction_code,
    },
  })
  res.status(201).json({ decision: result })
}
