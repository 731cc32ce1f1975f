import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { entryHash, GENESIS } from "../../../utils/hash-chain"
import { ledger } from "../../../modules/ledger"
import type { BulkCompletion } from "../../../modules/ledger/repositories/ledger"

type Container = Pick<MedusaContainer, "resolve">

/** Every field of an entry that its hash covers, in the ledger's words. */
export const CONTENT_FIELDS = [
  "entry_key",
  "kind",
  "purchase_type",
  "reverses_key",
  "occurred_at",
  "day",
  "month",
  "order_id",
  "order_display_id",
  "order_item_id",
  "product_id",
  "product_title",
  "variant_title",
  "quantity",
  "amount_fen",
  "supplier_id",
  "supplier_name",
  "county_code",
  "prefecture_code",
  "province_code",
  "poverty_exit",
  "certificates",
  "unit_id",
  "unit_name",
  "unit_type",
  "unit_parent_chain",
  "jurisdiction_code",
  "jurisdiction_chain",
  "channel",
  "funding",
  "customer_id",
  "pairing_types",
  "counted",
  "not_counted_reason",
  "evidence",
] as const

/** A ledger entry before it is chained; JSON fields hold arrays and objects as written. */
export interface EntryDraft {
  entry_key: string
  kind: "sale" | "reversal" | "offline"
  purchase_type: "direct" | "helped"
  reverses_key: string | null
  occurred_at: Date
  day: string
  month: string
  order_id: string
  order_display_id: number | null
  order_item_id: string
  product_id: string | null
  product_title: string
  variant_title: string | null
  quantity: number
  amount_fen: number
  supplier_id: string | null
  supplier_name: string | null
  county_code: string | null
  prefecture_code: string | null
  province_code: string | null
  poverty_exit: boolean
  certificates: { id: string; type: string; number: string }[]
  unit_id: string | null
  unit_name: string | null
  unit_type: string | null
  unit_parent_chain: unknown
  jurisdiction_code: string | null
  jurisdiction_chain: unknown
  channel: string
  funding: string
  customer_id: string | null
  pairing_types: string[]
  counted: boolean
  not_counted_reason: string | null
  evidence: Record<string, unknown> | null
}

/** The hashed content of a draft or of a row read back: the same fields, dates as ISO text, absent as null. */
export function contentOf(row: object): Record<string, unknown> {
  const fields = row as Record<string, unknown>
  return Object.fromEntries(
    CONTENT_FIELDS.map((field) => {
      const value = fields[field]
      return [field, value instanceof Date ? value.toISOString() : (value ?? null)]
    })
  )
}

const INT4 = 2 ** 31 - 1

/**
 * Appends drafts whose keys are not in the ledger yet, chaining each to the last entry. Appends are
 * serialized by a lock so the chain has one order; the unique `entry_key` and `seq` indexes make a
 * replayed or concurrent write fail rather than duplicate. Returns the entries written.
 */
export async function appendEntries(container: Container, drafts: EntryDraft[]) {
  if (!drafts.length) return []
  for (const draft of drafts) {
    if (Math.abs(draft.amount_fen) > INT4) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `台账单行金额超出上限：${draft.entry_key}`)
    }
  }
  const service = ledger(container)
  return container.resolve(Modules.LOCKING).execute(
    "ledger-append",
    async () => {
      const known = await service.listLedgerEntries(
        { entry_key: drafts.map((d) => d.entry_key) },
        { select: ["entry_key"] }
      )
      const knownKeys = new Set(known.map((e) => e.entry_key))
      const fresh = drafts.filter((d) => !knownKeys.has(d.entry_key))
      if (!fresh.length) return []
      const [last] = await service.listLedgerEntries({}, { select: ["seq", "hash"], order: { seq: "DESC" }, take: 1 })
      let prev = last?.hash ?? GENESIS
      let seq = last?.seq ?? 0
      const rows = fresh.map((draft) => {
        seq++
        const content = contentOf(draft)
        const hash = entryHash(prev, seq, content)
        const row = { ...draft, seq, prev_hash: prev, hash }
        prev = hash
        return row
      })
      return service.appendWithRollup(rows as unknown as Record<string, unknown>[])
    },
    { timeout: 60 }
  )
}

/**
 * appendEntries for millions of rows (seed:scale's --ledger), where one workflow per order would take
 * hours: the drafts are chained after the ledger's end exactly as appendEntries chains them, so
 * `verify` accepts them, and written by COPY in one transaction that also updates the rollups
 * (LedgerModuleService.bulkAppendWithRollup). `draftsFrom(seq)` makes them once the end is known;
 * `completion` says which count as completed (a day, or the orders' 832 steps).
 */
export async function appendEntriesInBulk(
  container: Container,
  draftsFrom: (firstSeq: number) => Iterable<EntryDraft> | AsyncIterable<EntryDraft>,
  completion: BulkCompletion,
  onRows: (written: number) => void
): Promise<number> {
  const columns = ["id", "seq", "prev_hash", "hash", ...CONTENT_FIELDS]
  return ledger(container).bulkAppendWithRollup(
    columns,
    async function* (end) {
      let prev = end?.hash ?? GENESIS
      let seq = end?.seq ?? 0
      for await (const draft of draftsFrom(seq + 1)) {
        if (Math.abs(draft.amount_fen) > INT4) throw new Error(`台账单行金额超出上限：${draft.entry_key}`)
        seq++
        const hash = entryHash(prev, seq, contentOf(draft))
        yield { ...draft, id: generateEntityId(undefined, "led"), seq, prev_hash: prev, hash }
        prev = hash
      }
    },
    completion,
    onRows
  )
}

/** Appends ledger entries. No compensation: the ledger is append-only, and this is each workflow's last step. */
export const appendEntriesStep = createStep("append-ledger-entries", async (drafts: EntryDraft[], { container }) => {
  const written = await appendEntries(container, drafts)
  return new StepResponse(written.map((e: { entry_key: string }) => e.entry_key))
})
