import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE, type LedgerModuleService } from "../modules/ledger"
import { targetProgress } from "../queries/target-progress"

/** Targets of the given jurisdictions (and year), each with where it stands today. */
export async function respondWithTargets(
  req: MedusaRequest,
  res: MedusaResponse,
  jurisdictions: string[],
  year?: number
) {
  const targets = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listTargets(
      { jurisdiction_code: jurisdictions, ...(year ? { year } : {}) },
      { order: { year: "DESC", created_at: "ASC" } }
    )
  res.json({ targets: await targetProgress(req.scope, targets) })
}
