import "server-only"
import Medusa, { type FetchArgs, type FetchInput } from "@medusajs/js-sdk"
import { cookies, headers } from "next/headers"
import type { ShopCacheTag } from "@zhunong/common/catalog-events"

/**
 * The storefront's one door to the backend. Server-only: the publishable key and backend URL are
 * read at request time from the environment `npm start` provides; the shopper's token and cart id
 * live in httpOnly cookies the browser never hands to scripts.
 */
let instance: Medusa | null = null
export function sdk(): Medusa {
  if (instance) return instance
  const baseUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) {
    throw new Error(
      "MEDUSA_PUBLISHABLE_KEY is not set: start the shop with `npm start` or set it to a publishable key."
    )
  }
  instance = new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
  // Every call carries the shopper's address, so the backend's rate limits count shoppers, not this
  // server — except a shared read: Next keys its cache by the request's headers, so an address
  // would give every shopper a copy of their own (and the backend sees such a read once).
  const client = instance.client
  const send = client.fetch.bind(client)
  client.fetch = (async (input: FetchInput, init?: FetchArgs & Partial<SharedRead>) =>
    send(input, {
      ...init,
      headers: { ...(init?.next ? {} : await forwardedFor()), ...init?.headers },
    })) as typeof client.fetch
  return instance
}

interface SharedRead {
  next: { tags: ShopCacheTag[]; revalidate: number }
}

/**
 * Fetch options for a backend read every shopper sees the same (catalog, counties, certificates):
 * kept in Next's data cache under `tags` until the backend's shop-cache subscriber says they
 * changed (POST /api/revalidate), an hour at most if that call is lost. Never for anything a
 * shopper's token or cart shapes.
 */
export function shared(...tags: ShopCacheTag[]): SharedRead {
  return { next: { tags, revalidate: 3600 } }
}

/** The shopper's address as this server saw it (Next sets X-Forwarded-For); nothing outside a request. */
async function forwardedFor(): Promise<Record<string, string>> {
  try {
    const address = (await headers()).get("x-forwarded-for")
    return address ? { "x-forwarded-for": address } : {}
  } catch {
    return {}
  }
}

const TOKEN_COOKIE = "zn_token"
const CART_COOKIE = "zn_cart"
const COOKIE = { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 7 } as const

export async function authHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(TOKEN_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function isSignedIn(): Promise<boolean> {
  return (await cookies()).has(TOKEN_COOKIE)
}

export async function setToken(token: string | null) {
  const jar = await cookies()
  if (token) jar.set(TOKEN_COOKIE, token, COOKIE)
  else jar.delete(TOKEN_COOKIE)
}

export async function cartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(id: string | null) {
  const jar = await cookies()
  if (id) jar.set(CART_COOKIE, id, COOKIE)
  else jar.delete(CART_COOKIE)
}

/**
 * The portals' sign-ins: each its own cookie and Medusa actor type (`supplier`, `office`), so a
 * shopper's token never reaches /supplier or /office routes and a portal's never reaches the shop's
 * account or the other portal.
 */
export type PortalActor = "supplier" | "office"
const PORTAL_COOKIES: Record<PortalActor, string> = { supplier: "zn_supplier", office: "zn_office" }

export async function portalToken(actor: PortalActor): Promise<string | undefined> {
  return (await cookies()).get(PORTAL_COOKIES[actor])?.value
}

export async function setPortalToken(actor: PortalActor, token: string | null) {
  const jar = await cookies()
  if (token) jar.set(PORTAL_COOKIES[actor], token, COOKIE)
  else jar.delete(PORTAL_COOKIES[actor])
}

type Query = Record<string, string | number | boolean | string[] | undefined>

/** A portal's call to its own backend routes, with the portal's token. */
export async function portalCall<T>(
  actor: PortalActor,
  path: string,
  init: { method?: "GET" | "POST"; body?: Record<string, unknown>; query?: Query } = {}
) {
  const token = await portalToken(actor)
  return sdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body,
    query: init.query,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
}

/** A portal's download (a private file, a CSV) as the backend's raw answer, to stream on to the browser. */
export async function portalDownload(actor: PortalActor, path: string): Promise<Response> {
  const token = await portalToken(actor)
  const base = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  return fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, cache: "no-store" })
}
