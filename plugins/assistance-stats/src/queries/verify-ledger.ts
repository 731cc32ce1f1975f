import type { MedusaContainer } from "@medusajs/framework/types"
import { firstBreak, GENESIS, type ChainBreak } from "../utils/hash-chain"
import { ledger } from "../modules/ledger"
import { contentOf } from "../workflows/ledger/steps/append"

const PAGE = 5_000

/**
 * Recomputes the hash chain over the whole ledger, a page at a time (never all rows in memory), and
 * reports the first entry that was edited, deleted before, or inserted outside the ledger.
 */
export async function verifyLedger(
  container: Pick<MedusaContainer, "resolve">
): Promise<{ ok: boolean; checked: number; break: ChainBreak | null }> {
  const service = ledger(container)
  let prev = GENESIS
  let next = 1
  let checked = 0
  for (;;) {
    const rows = await service.listLedgerEntries({ seq: { $gte: next } }, { order: { seq: "ASC" }, take: PAGE })
    if (!rows.length) return { ok: true, checked, break: null }
    const found = firstBreak(
      rows.map((r) => ({ seq: r.seq, prev_hash: r.prev_hash, hash: r.hash, content: contentOf(r) })),
      prev,
      next
    )
    if (found) return { ok: false, checked: checked + rows.findIndex((r) => r.seq === found.seq), break: found }
    checked += rows.length
    prev = rows[rows.length - 1].hash
    next = rows[rows.length - 1].seq + 1
  }
}
