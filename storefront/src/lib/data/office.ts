import "server-only"
import { cache } from "react"
import type { Check, CheckDecision, NotCountedReason } from "@zhunong/common/counting-rules"
import type {
  CreateBulletinInput,
  DecideCheckInput,
  DeclarationKind,
  DeclarationStatus,
  ReviewDeclarationInput,
  ShareCampaignInput,
  UpdateTargetInput,
} from "@zhunong/common/office-forms"
import { portalCall, portalDownload, portalToken, sdk, setPortalToken } from "./client"

/**
 * The office portal's calls: only /auth/office/* and /office/*, with the office's own token. Every
 * figure comes from the office routes the API and the exports share.
 */
const call = <T>(path: string, init?: Parameters<typeof portalCall>[2]) => portalCall<T>("office", path, init)

export interface Office {
  office_name: string
  jurisdiction_code: string
  subtree: string[]
  /** The subtree with names, the office's own jurisdiction first. */
  jurisdictions: { code: string; name: string }[]
}

/** The signed-in office, or null (no token, or one the backend no longer accepts); one call per request for header and page. */
export const currentOffice = cache(async (): Promise<Office | null> => {
  if (!(await portalToken("office"))) return null
  try {
    return (await call<{ office: Office }>("/office/me")).office
  } catch {
    return null
  }
})

export async function officeSignIn(email: string, password: string) {
  const token = await sdk().auth.login("office", "emailpass", { email, password })
  if (typeof token !== "string") throw new Error("password: 该账户需要其他方式登录")
  await setPortalToken("office", token)
}

export async function officeSignOut() {
  await setPortalToken("office", null)
}

export interface StatsRow {
  counted_amount_fen: number
  uncounted_amount_fen: number
  completed_amount_fen: number
  quantity: number
  lines: number
  [dimension: string]: string | number | boolean | null
}

/** The ledger's rollups grouped by `group_by`, for the months `from`–`to` (YYYY-MM). */
export async function stats(query: { group_by: string; from: string; to: string; counted?: "true" | "false" }) {
  return (await namedStats(query)).rows
}

/** The rollups with the names of the places and units they are grouped by (code or id → name). */
export async function namedStats(query: { group_by: string; from: string; to: string; counted?: "true" | "false" }) {
  return call<{ rows: StatsRow[]; names: Record<string, string> }>("/office/stats", { query })
}

export interface Progress {
  required_fen: number | null
  achieved_fen: number
  remaining_fen: number | null
  projected_fen: number
  on_track: boolean | null
}
export interface Target {
  id: string
  name: string
  year: number
  scope: "jurisdiction" | "unit_type" | "unit"
  metric: string
  jurisdiction_code: string
  /** Fen as a decimal string (a bigNumber), for amount targets. */
  threshold_fen: string | number | null
  rate_bp: number | null
  elapsed: number
  total?: Progress
  units?: ({ unit_id: string; unit_name: string; base_fen: number | null } & Progress)[]
}

export async function targets(year: number) {
  return (await call<{ targets: Target[] }>("/office/targets", { query: { year } })).targets
}

export interface LedgerRow {
  id: string
  seq: number
  kind: "sale" | "reversal" | "offline"
  day: string
  month: string
  order_id: string
  order_display_id: number | null
  product_title: string
  variant_title: string | null
  quantity: number
  amount_fen: number
  supplier_name: string | null
  county_code: string | null
  unit_name: string | null
  counted: boolean
  not_counted_reason: NotCountedReason | null
}

/** The 台账 rows of the office's subtree behind a figure, paged by the backend. */
export async function ledgerRows(query: {
  month?: string
  county?: string
  counted?: "true" | "false"
  not_counted_reason?: string
  unit_id?: string
  entry_key?: string
  order?: string
  offset: number
  limit: number
}) {
  return call<{ entries: LedgerRow[]; count: number }>("/office/ledger", { query })
}

export interface LedgerRowDetail {
  entry: LedgerRow & {
    entry_key: string
    occurred_at: string
    purchase_type: "direct" | "helped"
    prefecture_code: string | null
    province_code: string | null
    poverty_exit: boolean
    certificates: { id: string; type: string; number: string }[]
    unit_type: string | null
    unit_parent_chain: { id: string; name: string }[] | null
    jurisdiction_code: string | null
    channel: string
    funding: string
    pairing_types: string[]
    evidence: Record<string, unknown> | null
    reverses_key: string | null
  }
  places: { county: string; prefecture: string; province: string; jurisdiction: string }
  order_lines: Pick<
    LedgerRow,
    "id" | "seq" | "kind" | "product_title" | "variant_title" | "quantity" | "amount_fen" | "counted"
  >[]
  completion: {
    step: "paid" | "delivered" | "accepted" | "rated"
    occurred_at: string
    rating: number | null
    comment: string | null
  }[]
  evidence: { carrier: string | null; tracking_number: string | null; invoice_number: string | null } | null
  payment: { provider_id: string; reference: string; amount_fen: number; paid_at: string } | null
  files: { id: string; purpose: string; filename: string; certificate_id: string | null }[]
  chain: { seq: number; prev_hash: string; hash: string; intact: boolean; next_links: boolean | null }
}

/** One 台账 row of the subtree with its order, completion, evidence, files and place in the chain. */
export async function ledgerRow(id: string) {
  return call<LedgerRowDetail>(`/office/ledger/${encodeURIComponent(id)}`)
}

/** A private file behind a sale of the subtree (the backend checks it), as its raw answer. */
export async function officeFile(id: string) {
  return portalDownload("office", `/office/files/${encodeURIComponent(id)}`)
}

export interface Finding {
  key: string
  check: Check
  message: string
  entry_keys: string[]
  offline_purchase_ids: string[]
  decisions: { id: string; decision: CheckDecision; note: string; office_name: string; created_at: string }[]
}
export type ChecksSummary = Record<"open" | CheckDecision, number>

/** The checks' findings in the subtree for the months asked, with the decisions made on them. */
export async function checks(query: { from: string; to: string }) {
  return call<{ findings: Finding[]; summary: ChecksSummary }>("/office/checks", { query })
}

/** The latest decision on each finding decided in the subtree, counted (the overview's tile). */
export async function decidedChecks() {
  return (await call<{ summary: Record<CheckDecision, number> }>("/office/checks/decisions")).summary
}

export async function decideCheck(key: string, body: DecideCheckInput) {
  return call(`/office/checks/${encodeURIComponent(key)}/decisions`, { method: "POST", body })
}

export interface OfflinePurchase {
  id: string
  unit_name: string
  supplier_name: string
  supplier_uscc: string | null
  description: string
  county_code: string
  amount_fen: number
  purchase_date: string
  purchase_type: "direct" | "helped"
  channel: string
  funding: string
  invoice_numbers: string[]
  contract_number: string | null
  evidence: { url?: string; name?: string }[] | null
  status: "pending" | "verified" | "rejected"
  decided_at: string | null
  reason: string | null
}

/** Off-platform purchases registered in the subtree, newest first, paged; `pending` is the verification queue. */
export async function offlinePurchases(query: { status?: OfflinePurchase["status"]; offset: number; limit: number }) {
  return call<{ offline_purchases: OfflinePurchase[]; count: number }>("/office/offline-purchases", { query })
}

export async function decideOfflinePurchase(id: string, body: { action: "verify" | "reject"; reason?: string }) {
  return call(`/office/offline-purchases/${encodeURIComponent(id)}/decision`, { method: "POST", body })
}

export async function createTarget(body: Record<string, unknown>) {
  return call("/office/targets", { method: "POST", body })
}

export async function updateTarget(id: string, body: UpdateTargetInput) {
  return call(`/office/targets/${encodeURIComponent(id)}`, { method: "POST", body })
}

export interface ExportJob {
  id: string
  report: "ledger" | "monthly"
  format: "csv" | "xlsx"
  params: { from?: string; to?: string; year?: number }
  status: "queued" | "running" | "done" | "failed"
  total_rows: number | null
  written_rows: number
  percent: number
  filename: string | null
  error: string | null
  created_at: string
  finished_at: string | null
}

/** The office account's exports, newest first. */
export async function exportJobs(query: { offset: number; limit: number }) {
  return call<{ export_jobs: ExportJob[]; count: number }>("/office/export-jobs", { query })
}

export async function requestExport(body: Record<string, unknown>) {
  return (await call<{ export_job: ExportJob }>("/office/export-jobs", { method: "POST", body })).export_job
}

/** One export with its progress, as the backend's raw answer (the progress bar asks every second). */
export async function exportProgress(id: string) {
  return portalDownload("office", `/office/export-jobs/${encodeURIComponent(id)}`)
}

/** A finished export's file, as the backend's raw answer. */
export async function exportDownload(id: string) {
  return portalDownload("office", `/office/export-jobs/${encodeURIComponent(id)}/download`)
}

export interface ShareCampaign {
  id: string
  jurisdiction_code: string
  year: number
  deadline: string
  rate_bp: number
  office_name: string
}
export interface DeclarationEvent {
  id: string
  action: "submitted" | "changed" | "reviewed" | "returned" | "confirmed"
  actor_name: string
  reason: string | null
  created_at: string
}
export interface UnitStanding {
  unit_id: string
  unit_name: string
  /** Its 主管单位, who reviews before the office confirms; null: the office confirms at once. */
  parent_unit_id: string | null
  coverage: "missing" | "exempt" | "declared" | "confirmed"
  declaration_id: string | null
  kind: DeclarationKind | null
  status: DeclarationStatus | null
  late: boolean
  reserved_fen: number | null
  bought_fen: number
  completion_bp: number | null
  behind: boolean
  events: DeclarationEvent[]
}
export type ShareCoverage = Record<"units" | "missing" | "exempt" | "declared" | "confirmed", number>

/** The office's 预留份额 call for the year: coverage and the ranked units, a page at a time. */
export async function reservedShare(query: { year: number; coverage?: string; offset: number; limit: number }) {
  return call<{
    campaign: ShareCampaign | null
    coverage: ShareCoverage | null
    elapsed: number | null
    units: UnitStanding[]
    count: number
  }>("/office/reserved-share", { query })
}

export async function saveShareCampaign(body: ShareCampaignInput) {
  return call("/office/reserved-share", { method: "POST", body })
}

export async function remindUnits(year: number) {
  return call<{ units: number; reminded: number }>("/office/reserved-share/reminders", {
    method: "POST",
    body: { year },
  })
}

export async function decideDeclaration(id: string, body: ReviewDeclarationInput) {
  return call(`/office/share-declarations/${encodeURIComponent(id)}/decision`, { method: "POST", body })
}

export interface BulletinSummary {
  id: string
  title: string
  as_of: string
  office_name: string
  coverage: ShareCoverage
  created_at: string
}
export interface Bulletin extends BulletinSummary {
  year: number
  rate_bp: number
  previous: { id: string; title: string; as_of: string } | null
  rows: {
    rank: number | null
    unit_id: string
    unit_name: string
    coverage: UnitStanding["coverage"]
    reserved_fen: number | null
    bought_fen: number
    completion_bp: number | null
    behind: boolean
    previous_rank: number | null
    previous_completion_bp: number | null
  }[]
}

export async function bulletins(year: number) {
  return (await call<{ bulletins: BulletinSummary[] }>("/office/reserved-share/bulletins", { query: { year } }))
    .bulletins
}

export async function createBulletin(body: CreateBulletinInput) {
  return (await call<{ bulletin: BulletinSummary }>("/office/reserved-share/bulletins", { method: "POST", body }))
    .bulletin
}

export async function bulletin(id: string) {
  return (await call<{ bulletin: Bulletin }>(`/office/reserved-share/bulletins/${encodeURIComponent(id)}`)).bulletin
}

/** A kept 通报 as a spreadsheet, as the backend's raw answer. */
export async function bulletinFile(id: string, format: "csv" | "xlsx") {
  return portalDownload("office", `/office/reserved-share/bulletins/${encodeURIComponent(id)}?format=${format}`)
}
