import type { DAL } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { DIMENSIONS, ROLLUP_KEY, type Dimension, type RollupKey } from "../../lib/dimensions"
import { LedgerEntry } from "./models/ledger-entry"
import { OfflinePurchase } from "./models/offline-purchase"
import { Target } from "./models/target"

type Row = Record<string, unknown>
type Manager = { execute(sql: string, params?: unknown[]): Promise<Row[]> }

export interface Aggregate {
  group_by: Dimension[]
  /** Column filters on the rollup: a value or a list of values. */
  where: Partial<Record<(typeof ROLLUP_KEY)[number], string | boolean | string[]>>
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

export default class LedgerModuleService extends MedusaService({ LedgerEntry, Target, OfflinePurchase }) {
  protected readonly baseRepository_: DAL.RepositoryService

  constructor(container: { baseRepository: DAL.RepositoryService }, ...rest: unknown[]) {
    super(container, ...rest)
    this.baseRepository_ = container.baseRepository
  }

  /** Writes chained entries and adds them to the rollup in one transaction: the two never disagree. */
  async appendWithRollup(rows: Row[]) {
    return this.baseRepository_.transaction(async (manager: Manager) => {
      const created = await this.createLedgerEntries(rows, { transactionManager: manager })
      await this.addToRollup(manager, rows)
      return created
    })
  }

  private async addToRollup(manager: Manager, entries: Row[]) {
    const sums = new Map<string, { key: RollupKey; amount: number; quantity: number; lines: number }>()
    for (const entry of entries) {
      const key = rollupKeyOf(entry)
      const id = JSON.stringify(key)
      const sum = sums.get(id) ?? { key, amount: 0, quantity: 0, lines: 0 }
      sum.amount += Number(entry.amount_fen)
      sum.quantity += Number(entry.quantity)
      sum.lines += entry.kind === "reversal" ? 0 : 1
      sums.set(id, sum)
    }
    if (!sums.size) return
    const columns = [...ROLLUP_KEY, "amount_fen", "quantity", "lines"]
    const values = [...sums.values()].map(() => `(${columns.map(() => "?").join(", ")})`).join(", ")
    const params = [...sums.values()].flatMap((s) => [...ROLLUP_KEY.map((c) => s.key[c]), s.amount, s.quantity, s.lines])
    await manager.execute(
      `insert into ledger_rollup (${columns.join(", ")}) values ${values}
       on conflict (${ROLLUP_KEY.join(", ")}) do update set
         amount_fen = ledger_rollup.amount_fen + excluded.amount_fen,
         quantity = ledger_rollup.quantity + excluded.quantity,
         lines = ledger_rollup.lines + excluded.lines`,
      params
    )
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
   * Sums of the rollup grouped by `group_by`: counted and uncounted amounts, quantity and lines sold
   * (reversals lower the amounts, not the line count). Dimension names are checked by the caller's
   * validator and mapped to columns here, never interpolated from input.
   */
  async aggregate(query: Aggregate): Promise<Row[]> {
    const groups = query.group_by.map((d) => `${DIMENSIONS[d]} as "${d}"`)
    const conditions: string[] = []
    const params: unknown[] = []
    for (const [column, value] of Object.entries(query.where)) {
      if (!ROLLUP_KEY.includes(column as (typeof ROLLUP_KEY)[number]) || value === undefined) continue
      if (Array.isArray(value)) {
        conditions.push(`${column} in (${value.map(() => "?").join(", ")})`)
        params.push(...value)
      } else {
        conditions.push(`${column} = ?`)
        params.push(value)
      }
    }
    if (query.from_month) {
      conditions.push("month >= ?")
      params.push(query.from_month)
    }
    if (query.to_month) {
      conditions.push("month <= ?")
      params.push(query.to_month)
    }
    const sql = `select ${[
      ...groups,
      `coalesce(sum(amount_fen) filter (where counted), 0)::bigint as counted_amount_fen`,
      `coalesce(sum(amount_fen) filter (where not counted), 0)::bigint as uncounted_amount_fen`,
      `coalesce(sum(quantity), 0)::bigint as quantity`,
      `coalesce(sum(lines), 0)::bigint as lines`,
    ].join(", ")}
      from ledger_rollup
      ${conditions.length ? `where ${conditions.join(" and ")}` : ""}
      ${groups.length ? `group by ${query.group_by.map((_, i) => i + 1).join(", ")} order by ${query.group_by.map((_, i) => i + 1).join(", ")}` : ""}`
    const rows: Row[] = await this.baseRepository_.transaction(async (manager: Manager) => manager.execute(sql, params))
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, ["counted_amount_fen", "uncounted_amount_fen", "quantity", "lines"].includes(k) ? Number(v) : v])
      )
    )
  }
}
