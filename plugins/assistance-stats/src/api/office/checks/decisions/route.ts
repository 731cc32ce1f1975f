import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ledger } from "../../../../modules/ledger"
import { officeOf } from "../../../office-session"

/**
 * How the findings decided in the office's subtree stand (the latest decision on each), read from
 * the decisions alone: the overview counts them without recomputing the checks over the ledger.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const decisions = await ledger(req.scope).listCheckDecisions(
    { jurisdiction_code: officeOf(req).subtree },
    { select: ["finding_key", "decision", "created_at"], order: { created_at: "DESC" }, take: null }
  )
  const latest = new Map<string, string>()
  for (const d of decisions) if (!latest.has(d.finding_key)) latest.set(d.finding_key, d.decision)
  const summary = { confirmed: 0, false_positive: 0, resolved: 0 }
  for (const decision of latest.values()) summary[decision as keyof typeof summary]++
  res.json({ summary })
}
