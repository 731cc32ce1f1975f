import type { DAL } from "@medusajs/framework/types"
import { generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { DIMENSION_COLUMN, DIMENSIONS, ROLLUP_KEY, ROLLUP_MEASURES, ROLLUPS, rollupFor, type Dimension, type RollupColumn, type RollupKey } from "../../lib/dimensions"
import { CompletionStep } from "./models/completion-step"
import { ExportJob } from "./models/export-job"
import { LedgerEntry } from "./models/ledger-entry"
import { OfflinePurchase } from "./models/offline-purchase"
import { Target } from "./models/target"

type Row = Record<string, unknown>
type Manager = { execute(sql: string, params?: unknown[]): Promise<Row[]> }

export interface Aggregate {
  group_by: Dimension[]
  /** Column filters on the rollup: a value or a list of values. */
  where: Partial<Record<RollupColumn, string | boolean | string[]>>
  from_month?: string
  to_month?: string
}

/** The rollup key of an entry: its dimensions, '' for none, the first of multi-valued ones. */
function rollupKeyOf(entry: Row): RollupKey {
  const text = (value: unknown) => (value === null || value === undefined ? "" : String(value))
  const chain = (entry.unit_parent_chain as { id: string }[] | null) ?? []
  const certificates = ((entry.certificates as { type: string }[] | null) ?? []).map((c) => c.type).sort()
  return {
    month: text(entry.month),
    jurisdiction_code: text(entry.jurisdiction_code),
    unit_id: text(entry.unit_id),
    unit_type: text(entry.unit_type),
    parent_unit_id: text(chain[0]?.id),
    province_code: text(entry.province_code),
    prefecture_code: text(entry.prefecture_code),
    county_code: text(entry.county_code),
    poverty_exit: Boolean(entry.poverty_exit),
    pairing_type: text(((entry.pairing_types as string[] | null) ?? [])[0]),
    certificate_type: text(certificates[0]),
    channel: text(entry.channel),
    funding: text(entry.funding),
    supplier_id: text(entry.supplier_id),
    purchase_type: text(entry.purchase_type ?? "direct"),
    counted: Boolean(entry.counted),
    not_counted_reason: text(entry.not_counted_reason),
  }
}

/** What one entry adds to its rollup row. */
interface RollupDelta {
  entry: Row
  amount: number
  quantity: number
  lines: number
  completed: number
}

export type CompletionStepName = "paid" | "delivered" | "accepted" | "rated"
export interface CompletionInput {
  order_id: string
  part_key: string
  step: CompletionStepName
  occurred_at: Date
  actor_id?: string | null
  rating?: number | null
  comment?: string | null
}

/** The completion part a ledger entry belongs to: its supplier's part of the order. */
export const partKeyOf = (entry: { supplier_id?: unknown }) => (entry.supplier_id ? String(entry.supplier_id) : "platform")

/** Which 台账 rows an export reads: a jurisdiction subtree, optionally a range of months. */
export interface LedgerWhere {
  jurisdiction_codes: string[]
  from_month?: string
  to_month?: string
}

const EXPORT_COLUMNS = [
  "seq", "day", "kind", "order_id", "order_display_id", "supplier_id", "evidence", "product_title", "variant_title", "quantity", "amount_fen", "supplier_name", "county_code", "poverty_exit",
  "certificates", "unit_name", "unit_type", "jurisdiction_code", "channel", "funding", "pairing_types", "counted", "not_counted_reason", "hash",
]

function ledgerWhere(where: LedgerWhere): { sql: string; params: unknown[] } {
  const codes = where.jurisdiction_codes.length ? where.jurisdiction_codes : [""]
  const months = monthRange(where.from_month, where.to_month)
  return {
    sql: [`deleted_at is null`, `jurisdiction_code in (${codes.map(() => "?").join(", ")})`, ...months.conditions].join(" and "),
    params: [...codes, ...months.params],
  }
}

/** SQL conditions on `month` for an optional range of months. */
function monthRange(from?: string, to?: string): { conditions: string[]; params: string[] } {
  const bounds = [
    ["month >= ?", from],
    ["month <= ?", to],
  ].filter((b): b is [string, string] => !!b[1])
  return { conditions: bounds.map((b) => b[0]), params: bounds.map((b) => b[1]) }
}

export default class LedgerModuleService extends MedusaService({ LedgerEntry, Target, OfflinePurchase, CompletionStep, ExportJob }) {
  protected readonly baseRepository_: DAL.RepositoryService

  constructor(container: { baseRepository: DAL.RepositoryService }, ...rest: unknown[]) {
    super(container, ...rest)
    this.baseRepository_ = container.baseRepository
  }

  /**
   * Writes chained entries and adds them to the rollup in one transaction: the two never disagree.
   * An entry of a part already complete (a refund after rating) also moves the completed amount;
   * a verified off-platform purchase is complete when it enters.
   */
  async appendWithRollup(rows: Row[]) {
    return this.baseRepository_.transaction(async (manager: Manager) => {
      const created = await this.createLedgerEntries(rows, { transactionManager: manager })
      const complete = await this.completeParts(manager, [...new Set(rows.filter((r) => r.kind !== "offline").map((r) => String(r.order_id)))])
      await this.addToRollup(
        manager,
        rows.map((entry) => {
          const amount = Number(entry.amount_fen)
          const done = entry.kind === "offline" || complete.has(`${entry.order_id}|${partKeyOf(entry)}`)
          return { entry, amount, quantity: Number(entry.quantity), lines: entry.kind === "reversal" ? 0 : 1, completed: done ? amount : 0 }
        })
      )
      return created
    })
  }

  /**
   * Records a completion step once (a repeated event writes nothing). When it is the step that
   * completes a part — or payment, completing every part already delivered, accepted and rated —
   * the part's ledger amounts move into the rollup's completed amount. Callers hold the ledger's
   * append lock, so a part completes exactly once.
   */
  async recordCompletion(input: CompletionInput): Promise<{ recorded: boolean; completed_parts: string[] }> {
    return this.baseRepository_.transaction(async (manager: Manager) => {
      const inserted = await manager.execute(
        `insert into completion_step (id, order_id, part_key, step, occurred_at, actor_id, rating, comment)
         values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (order_id, part_key, step) where deleted_at is null do nothing returning id`,
        [generateEntityId(undefined, "cstep"), input.order_id, input.part_key, input.step, input.occurred_at, input.actor_id ?? null, input.rating ?? null, input.comment ?? null]
      )
      if (!inserted.length) return { recorded: false, completed_parts: [] }
      const complete = await this.completeParts(manager, [input.order_id])
      const parts = [...complete].map((k) => k.split("|")[1]).filter((part) => input.step === "paid" || part === input.part_key)
      if (parts.length) {
        const entries = await manager.execute(
          `select * from ledger_entry where order_id = ? and coalesce(supplier_id, 'platform') in (${parts.map(() => "?").join(", ")}) and deleted_at is null`,
          [input.order_id, ...parts]
        )
        await this.addToRollup(
          manager,
          entries.map((entry) => ({ entry, amount: 0, quantity: 0, lines: 0, completed: Number(entry.amount_fen) }))
        )
      }
      return { recorded: true, completed_parts: parts }
    })
  }

  /** `order_id|part_key` of every complete part of these orders: paid, delivered, accepted and rated. */
  private async completeParts(manager: Manager, orderIds: string[]): Promise<Set<string>> {
    if (!orderIds.length) return new Set()
    const rows = await manager.execute(
      `select s.order_id, s.part_key from completion_step s
        where s.order_id in (${orderIds.map(() => "?").join(", ")}) and s.part_key <> 'order' and s.deleted_at is null
        group by s.order_id, s.part_key
       having count(distinct s.step) = 3
          and exists (select 1 from completion_step p where p.order_id = s.order_id and p.step = 'paid' and p.deleted_at is null)`,
      orderIds
    )
    return new Set(rows.map((r) => `${r.order_id}|${r.part_key}`))
  }

  /** Adds entries' amounts to every rollup, one upsert per rollup. */
  private async addToRollup(manager: Manager, deltas: RollupDelta[]) {
    const keyed = deltas.map((delta) => ({ ...delta, key: rollupKeyOf(delta.entry) }))
    for (const rollup of ROLLUPS) {
      const sums = new Map<string, { key: unknown[]; measures: number[] }>()
      for (const delta of keyed) {
        const key = rollup.key.map((c) => delta.key[c])
        const id = JSON.stringify(key)
        const sum = sums.get(id) ?? { key, measures: [0, 0, 0, 0] }
        ;[delta.amount, delta.quantity, delta.lines, delta.completed].forEach((v, i) => (sum.measures[i] += v))
        sums.set(id, sum)
      }
      if (!sums.size) continue
      const columns = [...rollup.key, ...ROLLUP_MEASURES]
      await manager.execute(
        `insert into ${rollup.table} (${columns.join(", ")}) values ${[...sums.values()].map(() => `(${columns.map(() => "?").join(", ")})`).join(", ")}
         on conflict (${rollup.key.join(", ")}) do update set
           ${ROLLUP_MEASURES.map((m) => `${m} = ${rollup.table}.${m} + excluded.${m}`).join(", ")}`,
        [...sums.values()].flatMap((s) => [...s.key, ...s.measures])
      )
    }
  }

  /**
   * The 台账 rows of these jurisdictions in ledger order, handed to `onPage` a page at a time as
   * plain rows (no entity objects) from one cursor: one scan, one consistent snapshot, the next page
   * read only when the last one is written — an export reads at COPY-like speed in flat memory.
   */
  async streamLedger(where: LedgerWhere, pageSize: number, onPage: (rows: Row[]) => Promise<void>): Promise<void> {
    const { sql, params } = ledgerWhere(where)
    await this.baseRepository_.transaction(async (manager: Manager) => {
      await manager.execute(`declare ledger_export no scroll cursor for select ${EXPORT_COLUMNS.join(", ")} from ledger_entry where ${sql} order by seq`, params)
      for (;;) {
        const rows = await manager.execute(`fetch ${Math.trunc(pageSize)} from ledger_export`)
        if (!rows.length) return
        await onPage(rows)
      }
    })
  }

  /** How many 台账 rows an export of these jurisdictions and months holds. */
  async countLedger(where: LedgerWhere): Promise<number> {
    const { sql, params } = ledgerWhere(where)
    const [row] = await this.baseRepository_.transaction(async (manager: Manager) => manager.execute(`select count(*)::bigint as n from ledger_entry where ${sql}`, params))
    return Number(row.n)
  }

  /** Off-platform entries (not rejected) that already claim any of these invoice numbers. */
  async offlineInvoiceClaims(invoiceNumbers: string[]): Promise<{ id: string; invoice: string }[]> {
    if (!invoiceNumbers.length) return []
    return this.baseRepository_.transaction(async (manager: Manager) =>
      manager.execute(
        `select id, invoice from offline_purchase, jsonb_array_elements_text(invoice_numbers) as invoice
          where status <> 'rejected' and deleted_at is null and invoice in (${invoiceNumbers.map(() => "?").join(", ")})`,
        invoiceNumbers
      )
    )
  }

  /**
   * Sums of the rollup grouped by `group_by`: counted and uncounted amounts, the counted amount of
   * parts complete as 832 counts them (paid, delivered, accepted, rated), quantity and lines sold
   * (reversals lower the amounts, not the line count). Dimension names are checked by the caller's
   * validator and mapped to columns here, never interpolated from input.
   */
  async aggregate(query: Aggregate): Promise<Row[]> {
    const groups = query.group_by.map((d) => `${DIMENSIONS[d]} as "${d}"`)
    const filters = Object.entries(query.where).filter(([column, value]) => ROLLUP_KEY.includes(column as RollupColumn) && value !== undefined)
    const rollup = rollupFor([...query.group_by.map((d) => DIMENSION_COLUMN[d]), ...filters.map(([c]) => c as RollupColumn), "month"])
    const conditions: string[] = []
    const params: unknown[] = []
    for (const [column, value] of filters) {
      if (Array.isArray(value)) {
        conditions.push(`${column} in (${value.map(() => "?").join(", ")})`)
        params.push(...value)
      } else {
        conditions.push(`${column} = ?`)
        params.push(value)
      }
    }
    const months = monthRange(query.from_month, query.to_month)
    conditions.push(...months.conditions)
    params.push(...months.params)
    const sql = `select ${[
      ...groups,
      `coalesce(sum(amount_fen) filter (where counted), 0)::bigint as counted_amount_fen`,
      `coalesce(sum(amount_fen) filter (where not counted), 0)::bigint as uncounted_amount_fen`,
      `coalesce(sum(completed_fen) filter (where counted), 0)::bigint as completed_amount_fen`,
      `coalesce(sum(quantity), 0)::bigint as quantity`,
      `coalesce(sum(lines), 0)::bigint as lines`,
    ].join(", ")}
      from ${rollup.table}
      ${conditions.length ? `where ${conditions.join(" and ")}` : ""}
      ${groups.length ? `group by ${query.group_by.map((_, i) => i + 1).join(", ")} order by ${query.group_by.map((_, i) => i + 1).join(", ")}` : ""}`
    const rows: Row[] = await this.baseRepository_.transaction(async (manager: Manager) => manager.execute(sql, params))
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, ["counted_amount_fen", "uncounted_amount_fen", "completed_amount_fen", "quantity", "lines"].includes(k) ? Number(v) : v])
      )
    )
  }
}
