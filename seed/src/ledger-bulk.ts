import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { cancellationOf, type EntryDraft } from "@zhunong/assistance-stats/workflows"

/** Days back from its template a row may move: up to three years, for year-on-year figures. */
export const SPAN_DAYS = 3 * 365

/**
 * How many days back a ledger row may move and still be what it says (SQL over `ledger_entry e`):
 * a counted sale only while one of its certificates had begun (the office's check would otherwise
 * rightly flag it); anything else the whole span. At least 1, for a modulo.
 */
export const MAX_SHIFT_SQL = `case when not e.counted or e.kind = 'offline' then ${SPAN_DAYS} else least(${SPAN_DAYS}, 1 + coalesce(
    (select max(e.day::date - c.valid_from::date) from jsonb_array_elements(e.certificates) x
       join certificate c on c.id = x ->> 'id'), 0)) end`

/** A template row with how far back it may move. */
export type LedgerTemplate = EntryDraft & { max_shift: number }
/** One sale in this many is cancelled (a reversal right after it). */
const CANCELLED_EVERY = 30

/**
 * The demo year's own sales, the patterns `npm run seed:scale -- --ledger N` repeats: who bought
 * (unit, jurisdiction, channel, funding), what from where (product, supplier, county, certificates)
 * and whether it counted — so the offices' figures, breakdowns and checks grow in proportion
 * instead of filling with strangers.
 */
export async function ledgerTemplates(db: Knex): Promise<LedgerTemplate[]> {
  const { rows } = await db.raw<{ rows: LedgerTemplate[] }>(
    `select e.*, ${MAX_SHIFT_SQL} as max_shift from ledger_entry e
      where e.kind = 'sale' and e.entry_key not like 'bulk%' and e.order_id not like '%\\_b%' and e.deleted_at is null
      order by e.seq`
  )
  return rows
}

/** A well-mixed 32-bit number from `i` (murmur3's finalizer): the day is then independent of the template. */
function mixed(i: number): number {
  let h = Math.imul(i ^ (i >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** `day` (YYYY-MM-DD) moved `days` back, by the calendar. */
function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

/**
 * `count` ledger rows after the ledger's end (`firstSeq` names this run, so keys never repeat
 * across runs): each a template sale moved back up to three years (no further than its
 * certificates reach), 1–3 of its unit price, every 30th followed by its cancellation. Orders are not made for them: their `order_id`s
 * (`order_bulk_…`, three lines each) exist only in the ledger, which keeps its own snapshot of every
 * fact a figure needs.
 */
export function* bulkLedgerDrafts(templates: LedgerTemplate[], count: number, firstSeq: number): Generator<EntryDraft> {
  let made = 0
  for (let i = 0; made < count; i++) {
    const { max_shift, ...template } = templates[(i * 7919) % templates.length]
    const day = daysBefore(template.day, mixed(i) % max_shift)
    const quantity = 1 + (i % 3)
    const unitPrice = Math.round(template.amount_fen / template.quantity)
    const sale: EntryDraft = {
      ...template,
      entry_key: `bulk:${firstSeq}:${i}`,
      reverses_key: null,
      occurred_at: new Date(`${day}T10:00:00+08:00`),
      day,
      month: day.slice(0, 7),
      order_id: `order_bulk_${firstSeq}_${Math.floor(i / 3)}`,
      order_display_id: null,
      order_item_id: `item_bulk_${firstSeq}_${i}`,
      quantity,
      amount_fen: unitPrice * quantity,
      evidence: null,
    }
    yield sale
    made++
    if (i % CANCELLED_EVERY === CANCELLED_EVERY - 1 && made < count) {
      yield { ...cancellationOf(sale, new Date(`${day}T16:00:00+08:00`)), entry_key: `bulk-cancel:${firstSeq}:${i}` }
      made++
    }
  }
}
