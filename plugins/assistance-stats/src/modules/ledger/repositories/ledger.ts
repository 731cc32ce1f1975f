import type { Context } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, MikroOrmBase } from "@medusajs/framework/utils"
import { once } from "node:events"
import { Readable, type Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { from as copyFrom, to as copyTo } from "pg-copy-streams"
import {
  addEntriesToRollupSql,
  DIMENSION_COLUMN,
  DIMENSIONS,
  ROLLUP_KEY,
  ROLLUP_MEASURES,
  ROLLUPS,
  fillRollupSql,
  rollupFor,
  type RollupColumn,
  type RollupKey,
} from "../../../lib/dimensions"
import type {
  Aggregate,
  CompletionInput,
  LedgerLabels,
  LedgerWhere,
  PartEvidenceInput,
  RollupDelta,
  Row,
} from "../types"

/** The part of MikroORM's entity manager this repository uses: plain SQL with `?` parameters. */
type Manager = { execute(sql: string, params?: unknown[]): Promise<Row[]> }

/** The database connection COPY needs: a pg client of its own from the shared pool. */
interface PgPool {
  client: { acquireConnection(): Promise<PgClient>; releaseConnection(connection: PgClient): Promise<void> }
}
interface PgClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Row[] }>
  query<T extends NodeJS.ReadableStream | NodeJS.WritableStream>(stream: T): T
  end(): Promise<void>
}

/** The chain's end a bulk append starts after: the last entry's position and hash, null for an empty ledger. */
export interface ChainEnd {
  seq: number
  hash: string
}

/**
 * Which rows of a bulk append count as completed in the rollups: those that happened before a day
 * (rows with no orders behind them), or those whose parts have their 832 steps, as appends decide.
 */
export type BulkCompletion = { before: string } | "steps"

/** A bulk-appended row's completed amount, in SQL over `ledger_entry` (see completeParts). */
function completedSql(completion: BulkCompletion): string {
  if (completion === "steps")
    return `case when kind = 'offline' or (
        exists (select 1 from completion_step p where p.order_id = ledger_entry.order_id and p.step = 'paid' and p.deleted_at is null)
        and (select count(distinct s.step) from completion_step s
              where s.order_id = ledger_entry.order_id and s.part_key = coalesce(ledger_entry.supplier_id, 'platform')
                and s.part_key <> 'order' and s.deleted_at is null) = 3)
      then amount_fen else 0 end`
  if (!/^\d{4}-\d{2}-\d{2}$/.test(completion.before))
    throw new Error(`completion.before: ${completion.before} 不是日期`)
  return `case when day < '${completion.before}' then amount_fen else 0 end`
}

/** A value as COPY's CSV reads it: null unquoted and empty, everything else quoted. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ""
  const text =
    value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value)
  return `"${text.replaceAll('"', '""')}"`
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

/** A string as an SQL literal (standard-conforming strings: only quotes need doubling). */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`

/** A code column shown as its label; an unknown code as itself. */
const labelled = (column: string, labels: Record<string, string>) =>
  `case ${column} ${Object.entries(labels)
    .map(([code, label]) => `when ${literal(code)} then ${literal(label)}`)
    .join(" ")} else ${column} end`

/** `?, ?, …` for a list of parameters. */
const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/**
 * The 台账 export's query: its cells in LEDGER_CSV_HEADERS order, formatted by Postgres, with the
 * payment each order has by now, the shipment and invoice each platform part has by now and the evidence an off-platform entry carries.
 * Values are inlined as escaped literals because COPY takes no parameters. Most rows hold one
 * certificate and one pairing, read without a subquery: per-row subqueries cost as much as the rest.
 */
function ledgerSelect(where: LedgerWhere, labels: LedgerLabels): string {
  const counties = Object.entries(labels.county)
    .map(([code, name]) => `, (${literal(code)}, ${literal(name)})`)
    .join("")
  const cells = [
    "e.seq::text",
    "e.day",
    labelled("e.kind", labels.kind),
    "e.order_display_id::text",
    "e.product_title",
    "e.variant_title",
    "e.quantity::text",
    "(e.amount_fen::numeric / 100)::numeric(20, 2)::text",
    "coalesce(e.supplier_name, '平台自营')",
    "e.county_code",
    "coalesce(county.name, e.county_code)",
    "case when e.poverty_exit then '是' else '否' end",
    `case jsonb_array_length(e.certificates) when 0 then null when 1 then e.certificates->0->>'number'
       else (select string_agg(c->>'number', '；') from jsonb_array_elements(e.certificates) c) end`,
    "e.unit_name",
    labelled("e.unit_type", labels.unit_type),
    "e.jurisdiction_code",
    labelled("e.channel", labels.channel),
    labelled("e.funding", labels.funding),
    `case jsonb_array_length(e.pairing_types) when 0 then null when 1 then ${labelled("e.pairing_types->>0", labels.pairing_type)}
       else (select string_agg(${labelled("t", labels.pairing_type)}, '；') from jsonb_array_elements_text(e.pairing_types) t) end`,
    "case when e.counted then '计入' else '不计入' end",
    labelled("e.not_counted_reason", labels.not_counted_reason),
    `${labelled("pay.provider_id", labels.payment_provider)} || ' ' || pay.reference || ' ' || to_char(pay.paid_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
    "trim(coalesce(p.carrier, '') || ' ' || p.tracking_number)",
    `case when e.kind = 'offline' then (select string_agg(i, '；') from jsonb_array_elements_text(e.evidence->'invoice_numbers') i) else p.invoice_number end`,
    "case when e.kind = 'offline' then e.evidence->>'contract_number' end",
    "e.hash",
  ]
  // Named c0…c25: unnamed expressions share names ("case", "text"…), and a row read as an object keeps one of each.
  return `select ${cells.map((cell, i) => `${cell} as c${i}`).join(", ")}
    from ledger_entry e
    left join part_evidence p on e.kind <> 'offline' and p.order_id = e.order_id and p.part_key = coalesce(e.supplier_id, 'platform') and p.deleted_at is null
    left join payment_evidence pay on e.kind <> 'offline' and pay.order_id = e.order_id and pay.deleted_at is null
    left join (values ('', '')${counties}) as county (code, name) on county.code = e.county_code
    where ${ledgerWhere(where)} order by e.seq`
}

/** Which 台账 rows an export reads, as SQL on `ledger_entry e` (the codes and months inlined as literals). */
function ledgerWhere(where: LedgerWhere): string {
  const codes = where.jurisdiction_codes.length ? where.jurisdiction_codes : [""]
  return [
    "e.deleted_at is null",
    `e.jurisdiction_code in (${codes.map(literal).join(", ")})`,
    ...(where.from_month ? [`e.month >= ${literal(where.from_month)}`] : []),
    ...(where.to_month ? [`e.month <= ${literal(where.to_month)}`] : []),
  ].join(" and ")
}

const AGGREGATE_MEASURES = [
  "counted_amount_fen",
  "uncounted_amount_fen",
  "completed_amount_fen",
  "quantity",
  "lines",
] as const

/**
 * The ledger's own SQL: rollup upserts and sums, completion, part evidence, invoice claims and the
 * 台账 export. Each method runs on the manager of the context it is given, so it joins the
 * transaction the service (or the caller of the service) opened.
 */
export class LedgerRepository extends MikroOrmBase {
  protected readonly pg_: PgPool

  constructor(deps: { manager: unknown; [ContainerRegistrationKeys.PG_CONNECTION]: PgPool }) {
    super(deps)
    this.pg_ = deps[ContainerRegistrationKeys.PG_CONNECTION]
  }

  private sql(context: Context, sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.getActiveManager<Manager>(context).execute(sql, params)
  }

  /** Inserts a completion step unless the part already has it; whether it was new. */
  async insertCompletionStep(input: CompletionInput, context: Context): Promise<boolean> {
    const inserted = await this.sql(
      context,
      `insert into completion_step (id, order_id, part_key, step, occurred_at, actor_id, rating, comment)
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (order_id, part_key, step) where deleted_at is null do nothing returning id`,
      [
        generateEntityId(undefined, "cstep"),
        input.order_id,
        input.part_key,
        input.step,
        input.occurred_at,
        input.actor_id ?? null,
        input.rating ?? null,
        input.comment ?? null,
      ]
    )
    return inserted.length > 0
  }

  /** `order_id|part_key` of every complete part of these orders: paid, delivered, accepted and rated. */
  async completeParts(orderIds: string[], context: Context): Promise<Set<string>> {
    if (!orderIds.length) return new Set()
    const rows = await this.sql(
      context,
      `select s.order_id, s.part_key from completion_step s
        where s.order_id in (${placeholders(orderIds)}) and s.part_key <> 'order' and s.deleted_at is null
        group by s.order_id, s.part_key
       having count(distinct s.step) = 3
          and exists (select 1 from completion_step p where p.order_id = s.order_id and p.step = 'paid' and p.deleted_at is null)`,
      orderIds
    )
    return new Set(rows.map((r) => `${r.order_id}|${r.part_key}`))
  }

  /** The ledger entries of these parts of one order. */
  async entriesOfParts(orderId: string, partKeys: string[], context: Context): Promise<Row[]> {
    return this.sql(
      context,
      `select * from ledger_entry where order_id = ? and coalesce(supplier_id, 'platform') in (${placeholders(partKeys)}) and deleted_at is null`,
      [orderId, ...partKeys]
    )
  }

  /** Adds entries' amounts to every rollup, one upsert per rollup. */
  async addToRollup(deltas: RollupDelta[], context: Context): Promise<void> {
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
      await this.sql(
        context,
        `insert into ${rollup.table} (${columns.join(", ")}) values ${[...sums.values()].map(() => `(${placeholders(columns)})`).join(", ")}
         on conflict (${rollup.key.join(", ")}) do update set
           ${ROLLUP_MEASURES.map((m) => `${m} = ${rollup.table}.${m} + excluded.${m}`).join(", ")}`,
        [...sums.values()].flatMap((s) => [...s.key, ...s.measures])
      )
    }
  }

  /**
   * Sums of the rollup grouped by `group_by` (see the service). Dimension names are checked by the
   * caller's validator and mapped to columns here, never interpolated from input.
   */
  async aggregate(query: Aggregate, context: Context): Promise<Row[]> {
    const groups = query.group_by.map((d) => `${DIMENSIONS[d]} as "${d}"`)
    const filters = Object.entries(query.where).filter(
      ([column, value]) => ROLLUP_KEY.includes(column as RollupColumn) && value !== undefined
    )
    const rollup = rollupFor([
      ...query.group_by.map((d) => DIMENSION_COLUMN[d]),
      ...filters.map(([c]) => c as RollupColumn),
      "month",
    ])
    const conditions: string[] = []
    const params: unknown[] = []
    for (const [column, value] of filters) {
      if (Array.isArray(value)) {
        conditions.push(`${column} in (${placeholders(value)})`)
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
      `coalesce(sum(completed_fen) filter (where counted), 0)::bigint as completed_amount_fen`,
      `coalesce(sum(quantity), 0)::bigint as quantity`,
      `coalesce(sum(lines), 0)::bigint as lines`,
    ].join(", ")}
      from ${rollup.table}
      ${conditions.length ? `where ${conditions.join(" and ")}` : ""}
      ${groups.length ? `group by ${query.group_by.map((_, i) => i + 1).join(", ")} order by ${query.group_by.map((_, i) => i + 1).join(", ")}` : ""}`
    const rows = await this.sql(context, sql, params)
    // bigint sums arrive as strings; fen totals of one jurisdiction stay far below 2^53
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, (AGGREGATE_MEASURES as readonly string[]).includes(k) ? Number(v) : v])
      )
    )
  }

  /** Records the shipment and invoice a supplier part has now (a repeated event writes the same). */
  async upsertPartEvidence(input: PartEvidenceInput, context: Context): Promise<void> {
    await this.sql(
      context,
      `insert into part_evidence (id, order_id, part_key, carrier, tracking_number, invoice_number) values (?, ?, ?, ?, ?, ?)
       on conflict (order_id, part_key) where deleted_at is null
       do update set carrier = excluded.carrier, tracking_number = excluded.tracking_number, invoice_number = excluded.invoice_number, updated_at = now()`,
      [
        generateEntityId(undefined, "pev"),
        input.order_id,
        input.part_key,
        input.carrier,
        input.tracking_number,
        input.invoice_number,
      ]
    )
  }

  /** Off-platform entries (not rejected) that already claim any of these invoice numbers. */
  async offlineInvoiceClaims(invoiceNumbers: string[], context: Context): Promise<Row[]> {
    if (!invoiceNumbers.length) return []
    return this.sql(
      context,
      `select id, unit_id, invoice from offline_purchase, unnest(invoice_numbers) as invoice
        where status <> 'rejected' and deleted_at is null and invoice in (${placeholders(invoiceNumbers)})`,
      invoiceNumbers
    )
  }

  /** How many 台账 rows an export of these jurisdictions and months holds. */
  async countLedger(where: LedgerWhere, context: Context): Promise<number> {
    const [row] = await this.sql(
      context,
      `select count(*)::bigint as n from ledger_entry e where ${ledgerWhere(where)}`
    )
    return Number(row.n)
  }

  /**
   * Pages of 台账 cells from one cursor, handed to `onPage` one at a time. A cursor lives in a
   * transaction: the context must carry one.
   */
  async streamLedger(
    where: LedgerWhere,
    labels: LedgerLabels,
    pageSize: number,
    onPage: (rows: string[][]) => Promise<void>,
    context: Context
  ): Promise<void> {
    // A cursor is planned for its first tenth by default: an index walk over the whole ledger in seq order.
    await this.sql(context, `set local cursor_tuple_fraction = 1`)
    await this.sql(context, `declare ledger_export no scroll cursor for ${ledgerSelect(where, labels)}`)
    for (;;) {
      const rows = await this.sql(context, `fetch ${Math.trunc(pageSize)} from ledger_export`)
      if (!rows.length) return
      await onPage(rows.map((row) => Object.values(row).map((cell) => (cell ?? "") as string)))
    }
  }

  /**
   * The 台账 rows as CSV lines (no header) by Postgres' own COPY, on a connection of its own (COPY
   * cannot run on MikroORM's): its bytes go to `out`, waiting whenever `out` is slower.
   */
  async copyLedgerCsv(
    where: LedgerWhere,
    labels: LedgerLabels,
    out: Writable,
    every: number,
    onRows: (written: number) => Promise<void>
  ): Promise<void> {
    const connection = await this.pg_.client.acquireConnection()
    let finished = false
    try {
      const copy = connection.query(copyTo(`copy (${ledgerSelect(where, labels)}) to stdout with (format csv)`))
      let rows = 0
      let reported = 0
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        // a line break inside a quoted cell would count twice: progress only, never the file
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++
        if (!out.write(chunk)) await Promise.race([once(out, "drain"), once(out, "close")])
        if (out.destroyed) throw new Error("export: the reader went away")
        if (rows - reported >= every) await onRows((reported = rows))
      }
      await onRows(rows)
      finished = true
    } finally {
      // a COPY broken off midway leaves the connection mid-protocol: close it rather than reuse it
      if (!finished) await connection.end().catch(() => undefined)
      await this.pg_.client.releaseConnection(connection)
    }
  }

  /**
   * Appends entries in bulk (seed:scale's --ledger): where appending millions one workflow at a time
   * would take hours. One transaction on a connection of its own holds the ledger against every
   * other reader and writer, reads the chain's end, streams `rowsAfter(end)` in by COPY with the
   * secondary indexes dropped and rebuilt once, and adds the new rows to the rollups, completed as
   * `completion` says. Either all of it or nothing.
   */
  async bulkAppend(
    columns: readonly string[],
    rowsAfter: (end: ChainEnd | null) => AsyncIterable<Row>,
    completion: BulkCompletion,
    onRows: (written: number) => void
  ): Promise<number> {
    const completed = completedSql(completion)
    const connection = await this.pg_.client.acquireConnection()
    try {
      await connection.query("begin")
      await connection.query("lock table ledger_entry in access exclusive mode")
      const [last] = (await connection.query("select seq, hash from ledger_entry order by seq desc limit 1")).rows
      const end = last ? { seq: Number(last.seq), hash: String(last.hash) } : null
      const indexes = (
        await connection.query(
          "select indexname, indexdef from pg_indexes where tablename = 'ledger_entry' and indexname <> 'ledger_entry_pkey'"
        )
      ).rows
      for (const index of indexes) await connection.query(`drop index "${String(index.indexname)}"`)

      let written = 0
      async function* lines() {
        let chunk = ""
        for await (const row of rowsAfter(end)) {
          chunk += `${columns.map((column) => csvCell(row[column])).join(",")}\n`
          if (++written % 10_000 === 0) {
            yield chunk
            chunk = ""
            onRows(written)
          }
        }
        if (chunk) yield chunk
      }
      await pipeline(
        Readable.from(lines()),
        connection.query(copyFrom(`copy ledger_entry (${columns.join(", ")}) from stdin with (format csv)`))
      )
      onRows(written)
      for (const index of indexes) await connection.query(String(index.indexdef))

      const after = end?.seq ?? 0
      await connection.query(addEntriesToRollupSql(`seq > ${after}`, completed))
      for (const rollup of ROLLUPS.filter((r) => r.table !== "ledger_rollup")) {
        await connection.query(`truncate ${rollup.table}`)
        await connection.query(fillRollupSql(rollup))
      }
      await connection.query("commit")
      return written
    } catch (error) {
      await connection.query("rollback").catch(() => undefined)
      throw error
    } finally {
      await this.pg_.client.releaseConnection(connection)
    }
  }
}
