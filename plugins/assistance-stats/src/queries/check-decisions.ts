import type { MedusaContainer } from "@medusajs/framework/types"
import { ledger } from "../modules/ledger"
import type { Finding } from "./fraud-checks"

/**
 * Findings with the decisions offices made on them (newest first; the first stands), and how many
 * are still open or were decided each way — what the checks page lists and the overview counts.
 */
export async function withDecisions(container: Pick<MedusaContainer, "resolve">, findings: Finding[]) {
  const decisions = findings.length
    ? await ledger(container).listCheckDecisions(
        { finding_key: findings.map((f) => f.key) },
        { order: { created_at: "DESC" } }
      )
    : []
  const history = new Map<string, typeof decisions>()
  for (const d of decisions) history.set(d.finding_key, [...(history.get(d.finding_key) ?? []), d])
  const decided = findings.map((f) => ({
    ...f,
    decisions: (history.get(f.key) ?? []).map((d) => ({
      id: d.id,
      decision: d.decision,
      note: d.note,
      office_name: d.office_name,
      created_at: d.created_at,
    })),
  }))
  const summary = { open: 0, confirmed: 0, false_positive: 0, resolved: 0 }
  for (const f of decided) summary[f.decisions[0]?.decision ?? "open"]++
  return { findings: decided, summary }
}
