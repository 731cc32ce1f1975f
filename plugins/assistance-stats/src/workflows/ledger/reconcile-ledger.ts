import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { splitOrderWorkflow } from "@zhunong/marketplace/workflows"
import { appendEntries, type EntryDraft } from "./steps/append"
import { cancellationOf, draftCancellation, draftReturn, draftSales } from "./steps/draft-sales"

export interface ReconciliationDifference {
  month: string
  unit_id: string | null
  unit_name: string | null
  county_code: string | null
  entries: number
  amount_fen: number
  counted_amount_fen: number
}

/** An order whose checkout never finished (see reconcileLedger). */
export interface OrphanOrder {
  id: string
  display_id: number | null
  created_at: string
  canceled: boolean
}

const PAGE = 200

/**
 * Recomputes the ledger from the orders — every line sold, every cancellation, every received
 * return — and reports what the ledger lacks, per month × unit × county. With `repair`, appends the
 * missing entries (the ledger is never edited). Orders are read a page at a time.
 *
 * An order without an attribution snapshot is an orphan, not a sale: every checkout writes the
 * snapshot before its order exists, and a checkout that failed after creating the order (a core
 * race, medusajs/medusa#16825) or was cut off by a stopped server leaves an order without one. Orphans are reported apart, never put in
 * the ledger, and canceled by `repair` (which releases whatever they hold). An order whose supplier
 * parts were never written (the order.placed event lost with a stopped server) is listed too, and
 * `repair` splits it as the event would have.
 */
export async function reconcileLedger(container: MedusaContainer, options: { repair: boolean }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const missing: EntryDraft[] = []
  const orphans: OrphanOrder[] = []
  const unsplit: string[] = []
  let orders = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "created_at",
        "status",
        "order_attribution.id",
        "supplier_parts.id",
        "returns.id",
        "returns.received_at",
      ],
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    for (const order of data) {
      if (!order.order_attribution) {
        if (order.status === "canceled") continue
        if (options.repair) await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
        orphans.push({
          id: order.id,
          display_id: order.display_id ?? null,
          created_at: String(order.created_at),
          canceled: options.repair,
        })
        continue
      }
      // its supplier parts come from the same order.placed event as its ledger rows, and are lost with it
      if (!order.supplier_parts?.length && order.status !== "canceled") {
        if (options.repair) await splitOrderWorkflow(container).run({ input: { order_id: order.id } })
        unsplit.push(order.id)
      }
      const sales = await draftSales(container, order.id)
      // A canceled order's missing lines are missing with their cancellation.
      const canceled =
        order.status === "canceled"
          ? [...(await draftCancellation(container, order.id)), ...sales.map((s) => cancellationOf(s, new Date()))]
          : []
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
  return {
    orders,
    repaired: options.repair,
    differences: differencesOf(missing),
    orphan_orders: orphans,
    orders_without_parts: unsplit,
  }
}

function differencesOf(drafts: EntryDraft[]): ReconciliationDifference[] {
  const groups = new Map<string, ReconciliationDifference>()
  for (const d of drafts) {
    const key = `${d.month}|${d.unit_id}|${d.county_code}`
    const group = groups.get(key) ?? {
      month: d.month,
      unit_id: d.unit_id,
      unit_name: d.unit_name,
      county_code: d.county_code,
      entries: 0,
      amount_fen: 0,
      counted_amount_fen: 0,
    }
    group.entries++
    group.amount_fen += d.amount_fen
    if (d.counted) group.counted_amount_fen += d.amount_fen
    groups.set(key, group)
  }
  return [...groups.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || String(a.unit_id).localeCompare(String(b.unit_id))
  )
}
