import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { appendEntries, type EntryDraft } from "../workflows/ledger/steps/append"
import { cancellationOf, draftCancellation, draftReturn, draftSales } from "../workflows/ledger/steps/draft-sales"

export interface ReconciliationDifference {
  month: string
  unit_id: string | null
  unit_name: string | null
  county_code: string | null
  entries: number
  amount_fen: number
  counted_amount_fen: number
}

const PAGE = 200

/**
 * Recomputes the ledger from the orders — every line sold, every cancellation, every received
 * return — and reports what the ledger lacks, per month × unit × county. With `repair`, appends the
 * missing entries (the ledger is never edited). Orders are read a page at a time.
 */
export async function reconcileLedger(container: Pick<MedusaContainer, "resolve">, options: { repair: boolean }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const missing: EntryDraft[] = []
  let orders = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "returns.id", "returns.received_at"],
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    for (const order of data) {
      const sales = await draftSales(container, order.id)
      // A canceled order's missing lines are missing with their cancellation.
      const canceled =
        order.status === "canceled" ? [...(await draftCancellation(container, order.id)), ...sales.map((s) => cancellationOf(s, new Date()))] : []
      const drafts = [...sales, ...canceled]
      if (options.repair) await appendEntries(container, drafts)
      // Returns reverse lines already in the ledger (after a repair, the ones just appended too).
      for (const received of (order.returns ?? []).filter((r: { received_at: unknown }) => r?.received_at)) {
        const returned = await draftReturn(container, order.id, received.id)
        if (options.repair) await appendEntries(container, returned)
        drafts.push(...returned)
      }
      missing.push(...drafts)
    }
    orders += data.length
    if (data.length < PAGE) break
  }
  return { orders, repaired: options.repair, differences: differencesOf(missing) }
}

function differencesOf(drafts: EntryDraft[]): ReconciliationDifference[] {
  const groups = new Map<string, ReconciliationDifference>()
  for (const d of drafts) {
    const key = `${d.month}|${d.unit_id}|${d.county_code}`
    const group = groups.get(key) ?? { month: d.month, unit_id: d.unit_id, unit_name: d.unit_name, county_code: d.county_code, entries: 0, amount_fen: 0, counted_amount_fen: 0 }
    group.entries++
    group.amount_fen += d.amount_fen
    if (d.counted) group.counted_amount_fen += d.amount_fen
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => a.month.localeCompare(b.month) || String(a.unit_id).localeCompare(String(b.unit_id)))
}
