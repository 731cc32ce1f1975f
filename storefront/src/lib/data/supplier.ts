import "server-only"
import { cache } from "react"
import type { CertificateStatus, CertificateType } from "@zhunong/common/certificate-rules"
import type {
  EntityType,
  PartStatus,
  SupplierFilePurpose,
  SupplierNotificationKind,
  SupplierStatus,
  SupplierUserRole,
} from "@zhunong/common/supplier-rules"
import { portalCall, portalDownload, portalToken, sdk, setPortalToken } from "./client"

const supplierToken = () => portalToken("supplier")
const setSupplierToken = (token: string | null) => setPortalToken("supplier", token)

/**
 * The supplier portal's calls: only /auth/supplier/* and /supplier/*, with the supplier's own token.
 * Every answer is the backend's; the portal never filters a list itself.
 */
const call = <T>(path: string, init?: Parameters<typeof portalCall>[2]) => portalCall<T>("supplier", path, init)

export interface SupplierEvent {
  from_status: SupplierStatus | null
  to_status: SupplierStatus
  reason: string | null
  occurred_at: string
}
export interface Supplier {
  id: string
  name: string
  uscc: string
  entity_type: EntityType
  county_code: string
  sourcing_county_codes: string[] | null
  contact_name: string
  contact_phone: string
  address: string | null
  status: SupplierStatus
  status_reason: string | null
  events: SupplierEvent[]
}
export interface Me {
  supplier: Supplier
  me: { id: string; role: SupplierUserRole }
}

/** Who is signed in to the portal: nobody, a login that has not registered a supplier yet, or a supplier user. */
export type PortalSession = { kind: "none" } | { kind: "unregistered" } | ({ kind: "supplier" } & Me)

/**
 * A token's actor id, read (not verified: the backend verifies every call) to tell a fresh login,
 * which may only register or claim a seat, from a supplier user.
 */
function actorOf(token: string): string | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")) as {
      actor_id?: string
    }
    return payload.actor_id || null
  } catch {
    return null
  }
}

/**
 * Once per request: the portal's header and the page both ask who is signed in, and React's cache
 * makes that one call to /supplier/me, not two.
 */
export const portalSession = cache(async (): Promise<PortalSession> => {
  const token = await supplierToken()
  if (!token) return { kind: "none" }
  if (!actorOf(token)) return { kind: "unregistered" }
  try {
    return { kind: "supplier", ...(await call<Me>("/supplier/me")) }
  } catch {
    return { kind: "none" }
  }
})

export async function supplierSignIn(email: string, password: string) {
  const token = await sdk().auth.login("supplier", "emailpass", { email, password })
  if (typeof token !== "string") throw new Error("password: 该账户需要其他方式登录")
  await setSupplierToken(token)
}

/** Creates a supplier login; until it registers a supplier (or claims a seat) it can do nothing else. */
export async function supplierSignUp(email: string, password: string) {
  await setSupplierToken(await sdk().auth.register("supplier", "emailpass", { email, password }))
}

export async function supplierSignOut() {
  await setSupplierToken(null)
}

/** After registering or claiming, the login's token is refreshed to carry its new supplier user. */
async function refreshToken() {
  const { token } = await call<{ token: string }>("/auth/token/refresh", { method: "POST" })
  await setSupplierToken(token)
}

export async function registerSupplier(body: Record<string, unknown>) {
  await call("/supplier/registration", { method: "POST", body })
  await refreshToken()
}

export async function claimSeat(code: string) {
  await call("/supplier/users/claim", { method: "POST", body: { code } })
  await refreshToken()
}

export interface CountyChoice {
  code: string
  name: string
  prefecture_name: string | null
  province_name: string | null
  is_poverty_exit: boolean
  eligible: boolean
  reason: string | null
}

export async function findCounties(match: { q: string } | { code: string[] }) {
  return (await call<{ counties: CountyChoice[] }>("/supplier/counties", { query: match })).counties
}

export interface Variant {
  id: string
  title: string
  sku: string | null
  prices: { amount: number; currency_code: string }[]
  inventory_items: { inventory: { location_levels: { stocked_quantity: number; reserved_quantity: number }[] } }[]
}
export interface Listing {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: "published" | "draft" | "proposed" | "rejected"
  thumbnail: string | null
  images: { url: string }[]
  division: { code: string; name: string } | null
  certificates: { id: string; type: CertificateType; number: string; status: CertificateStatus; valid_to: string }[]
  variants: Variant[]
}
export interface Page {
  count: number
  offset: number
  limit: number
}

export async function listListings(query: { q?: string; status?: string; offset: number; limit: number }) {
  return call<{ products: Listing[] } & Page>("/supplier/products", { query })
}
export async function getListing(id: string) {
  return (await call<{ product: Listing }>(`/supplier/products/${id}`)).product
}
export async function createListing(body: Record<string, unknown>) {
  return (await call<{ product: Listing }>("/supplier/products", { method: "POST", body })).product
}
export async function updateListing(id: string, body: Record<string, unknown>) {
  return (await call<{ product: Listing }>(`/supplier/products/${id}`, { method: "POST", body })).product
}
export async function updateVariant(productId: string, variantId: string, body: Record<string, unknown>) {
  await call(`/supplier/products/${productId}/variants/${variantId}`, { method: "POST", body })
}
export async function applyCertificate(productId: string, body: Record<string, unknown>) {
  return (
    await call<{ certificate: { id: string; number: string } }>(`/supplier/products/${productId}/certificates`, {
      method: "POST",
      body,
    })
  ).certificate
}

export interface UploadedFile {
  id: string
  url: string
  name: string
}
export async function uploadFiles(
  purpose: SupplierFilePurpose,
  files: { filename: string; mime_type: string; content_base64: string }[]
) {
  return (await call<{ files: UploadedFile[] }>("/supplier/uploads", { method: "POST", body: { purpose, files } }))
    .files
}

/** A private file (evidence, an invoice) streamed from the backend, for the portal's own download route. */
export async function privateFile(id: string): Promise<Response> {
  return portalDownload("supplier", `/supplier/files/${encodeURIComponent(id)}`)
}

export interface CertificateRecord {
  id: string
  type: CertificateType
  number: string
  issuer: string
  status: CertificateStatus
  status_reason: string | null
  valid_from: string
  valid_to: string
  /** Evidence files as provenance keeps them: { files: [{ id, url, name }] }. */
  evidence: { files?: UploadedFile[] } | null
  created_at: string
  events: { from_status: string | null; to_status: CertificateStatus; reason: string | null; occurred_at: string }[]
  products: { id: string; title: string }[]
}
export async function listCertificates(query: { status?: string; offset: number; limit: number }) {
  return call<{ certificates: CertificateRecord[] } & Page>("/supplier/certificates", { query })
}

export interface Part {
  id: string
  order_id: string
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  invoice_number: string | null
  invoice_file: UploadedFile | null
  invoiced_at: string | null
  accepted_at: string | null
  rating: number | null
  rating_comment: string | null
  created_at: string
  order: {
    display_id: number
    created_at: string
    status: string
    canceled_at: string | null
    shipping_address: {
      first_name: string | null
      last_name: string | null
      phone: string | null
      province: string | null
      city: string | null
      address_1: string | null
      postal_code: string | null
    } | null
    items: { id: string; title: string; variant_title: string | null; quantity: number; total: number }[]
  } | null
}
export async function listParts(query: { status?: PartStatus; offset: number; limit: number }) {
  return call<{ orders: Part[] } & Page>("/supplier/orders", { query })
}
export async function getPart(id: string) {
  return (await call<{ order: Part }>(`/supplier/orders/${id}`)).order
}
export async function shipPart(id: string, body: Record<string, unknown>) {
  await call(`/supplier/orders/${id}/shipment`, { method: "POST", body })
}
export async function invoicePart(id: string, body: Record<string, unknown>) {
  await call(`/supplier/orders/${id}/invoice`, { method: "POST", body })
}

export interface SettlementMonth {
  month: string
  gross_fen: number
  refunds_fen: number
  net_fen: number
  orders: number
}
export interface SettlementEntry {
  at: string
  kind: "sale" | "cancellation" | "return"
  order_id: string
  display_id: number
  title: string
  quantity: number
  amount_fen: number
}
export async function settlement(year: number) {
  return call<{ year: number; months: SettlementMonth[] }>("/supplier/settlement", { query: { year } })
}
export async function settlementLines(month: string) {
  return (await call<{ lines: SettlementEntry[] }>("/supplier/settlement/lines", { query: { month } })).lines
}
/** The month's lines as the backend writes them for spreadsheets (CSV with a BOM). */
export async function settlementCsv(month: string): Promise<Response> {
  return portalDownload("supplier", `/supplier/settlement/lines?month=${encodeURIComponent(month)}&format=csv`)
}

export interface SupplierUser {
  id: string
  email: string
  name: string
  role: SupplierUserRole
  status: "invited" | "active" | "removed"
  created_at: string
}
export async function listUsers() {
  return (await call<{ users: SupplierUser[] }>("/supplier/users")).users
}
export async function inviteUser(body: Record<string, unknown>) {
  return call<{ user: SupplierUser; code: string }>("/supplier/users", { method: "POST", body })
}
export async function removeUser(id: string) {
  await call(`/supplier/users/${id}/remove`, { method: "POST" })
}

export interface Notification {
  id: string
  kind: SupplierNotificationKind
  title: string
  body: string | null
  link: string | null
  read_at: string | null
  created_at: string
}
export async function listNotifications(query: { unread?: boolean; offset: number; limit: number }) {
  return call<{ notifications: Notification[]; unread: number } & Page>("/supplier/notifications", { query })
}
/** The header's badge and the home page's tile share one call per request. */
export const unreadCount = cache(async (): Promise<number> => {
  try {
    return (await listNotifications({ offset: 0, limit: 1 })).unread
  } catch {
    return 0
  }
})
export async function markRead(body: { ids: string[] } | { all: true }) {
  await call("/supplier/notifications/read", { method: "POST", body })
}
