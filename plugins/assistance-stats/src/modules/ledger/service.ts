import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Writable } from "node:stream"
import { CheckDecision } from "./models/check-decision"
import { ShareBulletin } from "./models/share-bulletin"
import { ShareCampaign } from "./models/share-campaign"
import { ShareDeclaration } from "./models/share-declaration"
import { ShareDeclarationEvent } from "./models/share-declaration-event"
import { CompletionStep } from "./models/completion-step"
import { ExportJob } from "./models/export-job"
import { LedgerEntry } from "./models/ledger-entry"
import { OfflinePurchase } from "./models/offline-purchase"
import { PartEvidence } from "./models/part-evidence"
import { PaymentEvidence } from "./models/payment-evidence"
import { Target } from "./models/target"
import type { BulkCompletion, ChainEnd, LedgerRepository } from "./repositories/ledger"
import type { Aggregate, CompletionInput, LedgerLabels, LedgerWhere, PartEvidenceInput, Row } from "./types"

/** The completion part a ledger entry belongs to: its supplier's part of the order. */
export const partKeyOf = (entry: { supplier_id?: unknown }) =>
  entry.supplier_id ? String(entry.supplier_id) : "platform"

/**
 * The ledger: chained entries with their rollups, completion steps, part evidence, targets,
 * off-platform purchases, export jobs, check decisions and the 预留份额 calls, declarations and
 * bulletins. Its SQL lives in the ledger repository; every method
 * joins the transaction of the context it is given, as Medusa's own modules do.
 */
export default class LedgerModuleService extends MedusaService({
  LedgerEntry,
  Target,
  OfflinePurchase,
  CompletionStep,
  PartEvidence,
  PaymentEvidence,
  ExportJob,
  CheckDecision,
  ShareCampaign,
  ShareDeclaration,
  ShareDeclarationEvent,
  ShareBulletin,
}) {
  protected readonly ledgerRepository_: LedgerRepository

  constructor(container: { ledgerRepository: LedgerRepository }, ...rest: unknown[]) {
    super(container, ...rest)
    this.ledgerRepository_ = container.ledgerRepository
  }

  /**
   * Writes chained entries and adds them to the rollup in one transaction: the two never disagree.
   * An entry of a part already complete (a refund after rating) also moves the completed amount;
   * a verified off-platform purchase is complete when it enters.
   */
  @InjectTransactionManager()
  async appendWithRollup(rows: Row[], @MedusaContext() sharedContext: Context = {}) {
    const created = await this.createLedgerEntries(rows, sharedContext)
    const orderIds = [...new Set(rows.filter((r) => r.kind !== "offline").map((r) => String(r.order_id)))]
    const complete = await this.ledgerRepository_.completeParts(orderIds, sharedContext)
    await this.ledgerRepository_.addToRollup(
      rows.map((entry) => {
        const amount = Number(entry.amount_fen)
        const done = entry.kind === "offline" || complete.has(`${entry.order_id}|${partKeyOf(entry)}`)
        return {
          entry,
          amount,
          quantity: Number(entry.quantity),
          lines: entry.kind === "reversal" ? 0 : 1,
          completed: done ? amount : 0,
        }
      }),
      sharedContext
    )
    return created
  }

  /**
   * Records a completion step once (a repeated event writes nothing). When it is the step that
   * completes a part — or payment, completing every part already delivered, accepted and rated —
   * the part's ledger amounts move into the rollup's completed amount. Callers hold the ledger's
   * append lock, so a part completes exactly once.
   */
  @InjectTransactionManager()
  async recordCompletion(
    input: CompletionInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ recorded: boolean; completed_parts: string[] }> {
    if (!(await this.ledgerRepository_.insertCompletionStep(input, sharedContext))) {
      return { recorded: false, completed_parts: [] }
    }
    const complete = await this.ledgerRepository_.completeParts([input.order_id], sharedContext)
    const parts = [...complete]
      .map((k) => k.split("|")[1])
      .filter((part) => input.step === "paid" || part === input.part_key)
    if (parts.length) {
      const entries = await this.ledgerRepository_.entriesOfParts(input.order_id, parts, sharedContext)
      await this.ledgerRepository_.addToRollup(
        entries.map((entry) => ({ entry, amount: 0, quantity: 0, lines: 0, completed: Number(entry.amount_fen) })),
        sharedContext
      )
    }
    return { recorded: true, completed_parts: parts }
  }

  /**
   * The 台账 rows of these jurisdictions in ledger order as formatted cells (for XLSX), handed to
   * `onPage` a page at a time from one cursor: one scan, one consistent snapshot, the next page read
   * only when the last one is written.
   */
  @InjectTransactionManager()
  async streamLedger(
    where: LedgerWhere,
    labels: LedgerLabels,
    pageSize: number,
    onPage: (rows: string[][]) => Promise<void>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.ledgerRepository_.streamLedger(where, labels, pageSize, onPage, sharedContext)
  }

  /**
   * Writes the same rows as CSV lines (no header) by Postgres' own COPY, passing its bytes to `out`
   * and waiting whenever `out` is slower: Node neither parses nor formats a row, so a million-row
   * export costs about what COPY does, in flat memory. `onRows` hears the count every `every` rows.
   */
  async copyLedgerCsv(
    where: LedgerWhere,
    labels: LedgerLabels,
    out: Writable,
    every: number,
    onRows: (written: number) => Promise<void>
  ): Promise<void> {
    await this.ledgerRepository_.copyLedgerCsv(where, labels, out, every, onRows)
  }

  /**
   * Appends ledger rows in bulk, chained after the ledger's end by `rowsAfter`, and adds them to the
   * rollups (repository `bulkAppend`): seed:scale only, never a user's path.
   */
  async bulkAppendWithRollup(
    columns: readonly string[],
    rowsAfter: (end: ChainEnd | null) => AsyncIterable<Row>,
    completion: BulkCompletion,
    onRows: (written: number) => void
  ): Promise<number> {
    return this.ledgerRepository_.bulkAppend(columns, rowsAfter, completion, onRows)
  }

  /** How many 台账 rows an export of these jurisdictions and months holds. */
  @InjectManager()
  async countLedger(where: LedgerWhere, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return this.ledgerRepository_.countLedger(where, sharedContext)
  }

  /** Records the shipment and invoice a supplier part has now (a repeated event writes the same). */
  @InjectTransactionManager()
  async recordPartEvidence(input: PartEvidenceInput, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.ledgerRepository_.upsertPartEvidence(input, sharedContext)
  }

  /** Off-platform entries (not rejected) that already claim any of these invoice numbers. */
  @InjectManager()
  async offlineInvoiceClaims(
    invoiceNumbers: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; unit_id: string; invoice: string }[]> {
    const rows = await this.ledgerRepository_.offlineInvoiceClaims(invoiceNumbers, sharedContext)
    return rows.map((r) => ({ id: String(r.id), unit_id: String(r.unit_id), invoice: String(r.invoice) }))
  }

  /**
   * Sums of the rollup grouped by `group_by`: counted and uncounted amounts, the counted amount of
   * parts complete as 832 counts them (paid, delivered, accepted, rated), quantity and lines sold
   * (reversals lower the amounts, not the line count).
   */
  @InjectManager()
  async aggregate(query: Aggregate, @MedusaContext() sharedContext: Context = {}): Promise<Row[]> {
    return this.ledgerRepository_.aggregate(query, sharedContext)
  }
}
