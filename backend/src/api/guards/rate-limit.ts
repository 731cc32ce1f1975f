import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Fixed-window counters for the doors people knock on repeatedly: sign-in (guessing passwords),
 * registration (mass accounts), email codes (mail bombing, code guessing) and the public
 * certificate lookup (scraping). Kept in this process's memory: one backend process serves this
 * deployment; several processes behind a balancer would each count on their own (a shared store
 * such as Redis would then hold the counters).
 */
export interface Limit {
  /** Requests allowed per window. */
  max: number
  windowMs: number
}

/** Each door's limit and what a person is told past it. */
const LIMITS = {
  "sign-in": { max: 20, windowMs: 15 * 60_000, message: "登录尝试过于频繁，请稍后再试" },
  registration: { max: 60, windowMs: 60 * 60_000, message: "注册过于频繁，请稍后再试" },
  "email-code": { max: 10, windowMs: 60 * 60_000, message: "验证码请求过于频繁，请稍后再试" },
  "certificate-lookup": { max: 60, windowMs: 60_000, message: "查询过于频繁，请稍后再试" },
} satisfies Record<string, Limit & { message: string }>
type Bucket = keyof typeof LIMITS

/** The counters past which old windows are swept, so a flood of keys cannot grow memory without bound. */
const SWEEP_AT = 10_000

export class FixedWindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  /** Counts one request under `key`; returns the seconds to wait when it is over the limit, else null. */
  hit(key: string, limit: Limit, now = Date.now()): number | null {
    if (this.windows.size >= SWEEP_AT) for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k)
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + limit.windowMs }
      this.windows.set(key, window)
    }
    window.count++
    return window.count > limit.max ? Math.ceil((window.resetAt - now) / 1000) : null
  }
}

/**
 * Tests that create dozens of accounts from one address raise every limit by this factor
 * (RATE_LIMIT_FACTOR); the test of the limits themselves runs with the real ones.
 */
const factor = () => Math.max(1, Number(process.env.RATE_LIMIT_FACTOR) || 1)
const counter = new FixedWindowCounter()

/**
 * The caller's address. The storefront calls from its own server on this machine and passes the
 * shopper's address in X-Forwarded-For; that header is believed only from a loopback peer, and its
 * last entry taken (the one the storefront saw). A shopper can still put any address there, so the
 * per-address limits are a brake on floods; sign-in counts per account instead, which no header changes.
 */
export function clientAddress(req: Pick<MedusaRequest, "headers" | "socket">): string {
  const peer = req.socket?.remoteAddress ?? ""
  const forwarded = req.headers["x-forwarded-for"]
  const loopback = peer === "::1" || peer.startsWith("127.") || peer.startsWith("::ffff:127.")
  if (!loopback || !forwarded) return peer
  return String(forwarded).split(",").pop()!.trim() || peer
}

/** Whom a request counts against: the account for sign-in, the signed-in actor for email codes, else the address. */
function callerKey(bucket: Bucket, req: MedusaRequest): string {
  const email = (req.body as { email?: unknown } | undefined)?.email
  if (bucket === "sign-in" && typeof email === "string") return `account:${email.trim().toLowerCase()}`
  const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  if (bucket === "email-code" && actor) return `actor:${actor}`
  return `address:${clientAddress(req)}`
}

/** A middleware that counts requests in `bucket` per caller and answers 429 past the limit. */
export function rateLimit(bucket: Bucket) {
  return function limitRequests(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const limit = LIMITS[bucket]
    const wait = counter.hit(`${bucket}|${callerKey(bucket, req)}`, {
      max: limit.max * factor(),
      windowMs: limit.windowMs,
    })
    if (wait === null) return next()
    res.setHeader("Retry-After", String(wait))
    res.status(429).json({ type: "too_many_requests", message: `${limit.message}（${wait} 秒后）` })
  }
}
