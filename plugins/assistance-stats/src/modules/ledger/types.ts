import type { Dimension, RollupColumn } from "../../lib/dimensions"

/** A row as Postgres returns it. */
export type Row = Record<string, unknown>

export interface Aggregate {
  group_by: Dimension[]
  /** Column filters on the rollup: a value or a list of values. */
  where: Partial<Record<RollupColumn, string | boolean | string[]>>
  from_month?: string
  to_month?: string
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

/** What one entry adds to its rollup rows. */
export interface RollupDelta {
  entry: Row
  amount: number
  quantity: number
  lines: number
  completed: number
}

/** The shipment and invoice a supplier part has now. */
export interface PartEvidenceInput {
  order_id: string
  part_key: string
  carrier: string | null
  tracking_number: string | null
  invoice_number: string | null
}

/** Which 台账 rows an export reads: a jurisdiction subtree, optionally a range of months. */
export interface LedgerWhere {
  jurisdiction_codes: string[]
  from_month?: string
  to_month?: string
}

/** Names and labels the 台账 shows instead of codes. */
export interface LedgerLabels {
  kind: Record<string, string>
  unit_type: Record<string, string>
  channel: Record<string, string>
  funding: Record<string, string>
  pairing_type: Record<string, string>
  not_counted_reason: Record<string, string>
  /** Payment provider ids as the 台账 names them (对公转账, 支付宝…). */
  payment_provider: Record<string, string>
  /** Names of the origin counties the rows mention. */
  county: Record<string, string>
}
