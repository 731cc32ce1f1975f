import "server-only"
import { cache } from "react"
import type { NotCountedReason } from "@zhunong/common/counting-rules"
import { portalCall, portalToken, sdk, setPortalToken } from "./client"

/**
 * The office portal's calls: only /auth/office/* and /office/*, with the office's own token. Every
 * figure comes from the office routes the API and the exports share.
 */
const call = <T>(path: string, init?: Parameters<typeof portalCall>[2]) => portalCall<T>("office", path, init)

export interface Office {
  office_name: string
  jurisdiction_code: string
  subtree: string[]
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
  return (await call<{ rows: StatsRow[] }>("/office/stats", { query })).rows
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
  elapsed: number
  total?: Progress
  units?: ({ unit_id: string; unit_name: string } & Progress)[]
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
  offset: number
  limit: number
}) {
  return call<{ entries: LedgerRow[]; count: number }>("/office/ledger", { query })
}
