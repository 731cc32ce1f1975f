import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { EntryDraft } from "@zhunong/assistance-stats/workflows"
import { shanghaiDate } from "@zhunong/common/dates"
import { MAX_SHIFT_SQL, SPAN_DAYS } from "./ledger-bulk"
/** Copies made per statement batch (progress moves per batch; each batch is its own transaction). */
const BATCH = 20_000

/**
 * What an order is made of, copied table by table. Keys are the tables, `from` how a row belongs
 * to the copied order (`t` the row, `o` the template order). Payments, fulfillments, carts, changes
 * and returns are not copied: copies are orders as the office and the supplier read them (items,
 * totals, attribution, supplier parts, 832 steps, evidence), not histories to replay.
 */
const PLAN: { table: string; from: string }[] = [
  { table: "order_address", from: "t.id in (o.shipping_address_id, o.billing_address_id)" },
  { table: "order", from: "t.id = o.id" },
  { table: "order_summary", from: "t.order_id = o.id" },
  { table: "order_line_item", from: "t.id in (select item_id from order_item i where i.order_id = o.id)" },
  { table: "order_item", from: "t.order_id = o.id" },
  {
    table: "order_shipping_method",
    from: "t.id in (select shipping_method_id from order_shipping s where s.order_id = o.id)",
  },
  { table: "order_shipping", from: "t.order_id = o.id" },
  { table: "order_transaction", from: "t.order_id = o.id" },
  { table: "order_attribution", from: "t.order_id = o.id" },
  { table: "supplier_part", from: "t.order_id = o.id" },
  { table: "completion_step", from: "t.order_id = o.id" },
  { table: "part_evidence", from: "t.order_id = o.id" },
  { table: "payment_evidence", from: "t.order_id = o.id" },
]

/**
 * Columns that name a copied row (or must stay unique per order): the copy's value is the
 * template's with the copy's suffix (`_b<n>`), so every reference between copied rows still holds.
 */
const SUFFIXED = new Set([
  "id",
  "order_id",
  "item_id",
  "shipping_method_id",
  "shipping_address_id",
  "billing_address_id",
  "cart_id",
  "invoice_number",
  "custom_display_id",
])

interface Column {
  table_name: string
  column_name: string
  data_type: string
}

/** A copied column: suffixed, moved back in time, or as it was; Postgres numbers the display id itself. */
function columnSql(column: Column): string | null {
  const name = `"${column.column_name}"`
  if (column.column_name === "display_id") return null
  if (column.column_name === "item_ids") return `array(select x || b.suffix from unnest(t.item_ids) x)`
  // the attribution's year (预留份额, targets) is its counting year, which moves with the order
  if (column.table_name === "order_attribution" && column.column_name === "year")
    return `extract(year from (t.attributed_at - b.shift) at time zone 'Asia/Shanghai')::int`
  if (SUFFIXED.has(column.column_name)) return `t.${name} || b.suffix`
  if (column.data_type === "timestamp with time zone") return `t.${name} - b.shift`
  return `t.${name}`
}

interface Template {
  id: string
  /** How many days back its copies may move: as far as every counted line's certificates reach. */
  max_shift: number
}

/** The demo's orders a copy may repeat: attributed (a real checkout), not a draft, never returned. */
async function templateOrders(db: Knex): Promise<Template[]> {
  const { rows } = await db.raw<{ rows: Template[] }>(
    `select o.id, coalesce((select min(${MAX_SHIFT_SQL}) from ledger_entry e where e.order_id = o.id), ${SPAN_DAYS})::int as max_shift
       from "order" o
      where o.id not like '%\\_b%' and not o.is_draft_order and o.deleted_at is null
        and exists (select 1 from order_attribution a where a.order_id = o.id and a.deleted_at is null)
        and not exists (select 1 from "return" r where r.order_id = o.id)
      order by o.created_at`
  )
  return rows
}

/**
 * Copies `from`–`to`: each copy's template (by a hash of its number, so templates and days do not
 * move together) and how far back it moves. The same numbers give the same copies, which is how
 * the ledger's rows find their orders again.
 */
function copiesSql(templates: Template[], from: number, to: number): [string, [string[], number[], number]] {
  return [
    `select n, '_b' || n as suffix, (?::text[])[k] as template_id, (abs(hashint8(n)) % (?::int[])[k]) * interval '1 day' as shift
       from (select n, 1 + abs(hashint4(n)) % ? as k from generate_series(${from}, ${to}) n) picked`,
    [templates.map((t) => t.id), templates.map((t) => t.max_shift), templates.length],
  ]
}

export interface OrderCopies {
  /** The first copy's number: copies are `<template id>_b<n>` for n from here. */
  first: number
  count: number
  /** The orders copied, in the order copiesSql picks from. */
  templates: Template[]
}

/**
 * `npm run seed:scale -- --orders N`: N copies of the demo year's orders, written by Postgres
 * straight into Medusa's order tables and ours (see PLAN), each moved back a whole number of days
 * (up to three years, no further than its certificates reach) with every timestamp, so shipments, 验收 and 评价 keep their order. Workflows
 * would take hours for a million; these rows are bulk-loaded, which the README says.
 */
export async function copyOrders(db: Knex, count: number, onProgress: (done: number) => void): Promise<OrderCopies> {
  const templates = await templateOrders(db)
  if (!templates.length) throw new Error("No orders to copy: run `npm start` once (with the demo year).")
  const {
    rows: [{ copies }],
  } = await db.raw<{ rows: { copies: number }[] }>(`select count(*)::int as copies from "order" where id like '%\\_b%'`)
  const first = copies + 1
  const columns = (
    await db.raw<{ rows: Column[] }>(
      `select table_name, column_name, data_type from information_schema.columns
        where table_schema = current_schema() and table_name = any(?) order by ordinal_position`,
      [PLAN.map((p) => p.table)]
    )
  ).rows

  for (let from = first; from < first + count; from += BATCH) {
    const to = Math.min(first + count - 1, from + BATCH - 1)
    await db.transaction(async (trx) => {
      const [copies, bindings] = copiesSql(templates, from, to)
      await trx.raw(`create temp table bulk_copy on commit drop as ${copies}`, bindings)
      for (const step of PLAN) {
        const own = columns.filter((c) => c.table_name === step.table)
        const copied = own.map((c) => [c.column_name, columnSql(c)] as const).filter(([, sql]) => sql !== null)
        await trx.raw(
          `insert into "${step.table}" (${copied.map(([name]) => `"${name}"`).join(", ")})
           select ${copied.map(([, sql]) => sql).join(", ")}
             from bulk_copy b join "order" o on o.id = b.template_id join "${step.table}" t on ${step.from}`
        )
      }
    })
    onProgress(to - first + 1)
  }
  return { first, count, templates }
}

/** The ledger rows a copy repeats from its template: sales and cancellations (returns are not copied). */
const COPIED_ENTRIES = `kind in ('sale', 'reversal') and entry_key ~ '^(sale|cancel):'
  and order_id not like '%\\_b%' and deleted_at is null`

/** The templates' ledger rows, by order: read before the bulk append, which locks the ledger. */
export async function ledgerRowsByOrder(db: Knex): Promise<Map<string, EntryDraft[]>> {
  const { rows } = await db.raw<{ rows: EntryDraft[] }>(
    `select * from ledger_entry where ${COPIED_ENTRIES} order by seq`
  )
  const byOrder = new Map<string, EntryDraft[]>()
  for (const row of rows) byOrder.set(row.order_id, [...(byOrder.get(row.order_id) ?? []), row])
  return byOrder
}

/** How many 台账 rows the copies get (for the progress bar). */
export async function countCopiedOrderEntries(db: Knex, copies: OrderCopies): Promise<number> {
  const [sql, bindings] = copiesSql(copies.templates, copies.first, copies.first + copies.count - 1)
  const {
    rows: [{ rows }],
  } = await db.raw<{ rows: { rows: number }[] }>(
    `select coalesce(sum(e.rows), 0)::int as rows from (${sql}) b
       join (select order_id, count(*) as rows from ledger_entry where ${COPIED_ENTRIES} group by order_id) e
         on e.order_id = b.template_id`,
    bindings
  )
  return rows
}

/**
 * The 台账 rows of the copies, as the order.placed and order.canceled subscribers would have
 * written them: each template row with the copy's order, line and display number, moved back as
 * the order was, so reconciliation finds every copied line in the ledger. Read a batch at a time.
 */
export async function* copiedOrderEntries(
  db: Knex,
  copies: OrderCopies,
  entries: Map<string, EntryDraft[]>
): AsyncGenerator<EntryDraft> {
  for (let from = copies.first; from < copies.first + copies.count; from += BATCH) {
    const to = Math.min(copies.first + copies.count - 1, from + BATCH - 1)
    const [sql, bindings] = copiesSql(copies.templates, from, to)
    const { rows } = await db.raw<{
      rows: { id: string; display_id: number; template_id: string; suffix: string; shift_ms: string }[]
    }>(
      `select o.id, o.display_id, b.template_id, b.suffix, extract(epoch from b.shift) * 1000 as shift_ms
         from (${sql}) b join "order" o on o.id = b.template_id || b.suffix`,
      bindings
    )
    for (const copy of rows) {
      for (const entry of entries.get(copy.template_id) ?? []) {
        const at = new Date(new Date(entry.occurred_at).getTime() - Number(copy.shift_ms))
        const day = shanghaiDate(at)
        yield {
          ...entry,
          entry_key: `${entry.entry_key}${copy.suffix}`,
          reverses_key: entry.reverses_key ? `${entry.reverses_key}${copy.suffix}` : null,
          order_id: copy.id,
          order_display_id: copy.display_id,
          order_item_id: `${entry.order_item_id}${copy.suffix}`,
          occurred_at: at,
          day,
          month: day.slice(0, 7),
        }
      }
    }
  }
}
