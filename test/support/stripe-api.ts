import { createServer, type Server } from "node:http"
import { parse } from "node:querystring"

/**
 * A local stand-in for the part of Stripe's REST API that Medusa's Stripe provider calls, answering in
 * Stripe's documented shapes (https://docs.stripe.com/api/payment_intents, /api/refunds,
 * /api/customers): form-encoded requests, JSON objects with `id` and `object`. It keeps the payment
 * intents in memory and records every request, so a test can check what was asked and play the
 * shopper's side (`succeed`: the card was charged, as Stripe would report after the Payment Element).
 * The same test runs against Stripe's test mode or stripe-mock by pointing STRIPE_API_BASE there (README).
 */
export interface StripeApi {
  url: string
  requests: { method: string; path: string; body: Record<string, unknown> }[]
  intents: Map<string, Record<string, unknown>>
  succeed(id: string): Record<string, unknown>
  close(): Promise<void>
}

/** `a[b][0]=c` form keys as nested objects and arrays, as Stripe reads them. */
function nested(form: Record<string, string | string[] | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(form)) {
    const path = key.replace(/\]/g, "").split("[")
    let node = out as Record<string, unknown>
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value
      else node = (node[part] ??= /^\d+$/.test(path[i + 1]) ? [] : {}) as Record<string, unknown>
    })
  }
  return out
}

/** Starts listening on `port` at once (a test sets STRIPE_API_BASE before Medusa boots); requests wait for `listen`. */
export function startStripeApi(port: number): StripeApi {
  const requests: StripeApi["requests"] = []
  const intents = new Map<string, Record<string, unknown>>()
  let next = 0
  const id = (prefix: string) => `${prefix}_test${String(++next).padStart(8, "0")}`

  const server: Server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const body = nested(parse(raw))
      const path = (req.url ?? "").split("?")[0]
      requests.push({ method: req.method ?? "", path, body })
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": id("req") })
        res.end(JSON.stringify(payload))
      }
      const missing = () =>
        send(404, {
          error: { type: "invalid_request_error", code: "resource_missing", message: `No such object: ${path}` },
        })

      let match: RegExpMatchArray | null
      if (req.method === "POST" && path === "/v1/customers") {
        return send(200, {
          id: id("cus"),
          object: "customer",
          email: body.email ?? null,
          metadata: body.metadata ?? {},
        })
      }
      if (req.method === "POST" && path === "/v1/payment_intents") {
        const intent = {
          id: id("pi"),
          object: "payment_intent",
          amount: Number(body.amount),
          amount_received: 0,
          currency: body.currency,
          status: "requires_payment_method",
          capture_method: body.capture_method ?? "automatic",
          payment_method_types: body.payment_method_types ?? ["card"],
          metadata: body.metadata ?? {},
          customer: body.customer ?? null,
          latest_charge: null,
          created: Math.floor(Date.now() / 1000),
        }
        intents.set(intent.id, { ...intent, client_secret: `${intent.id}_secret_test` })
        return send(200, intents.get(intent.id))
      }
      if ((match = path.match(/^\/v1\/payment_intents\/([^/]+)$/))) {
        const intent = intents.get(match[1])
        if (!intent) return missing()
        if (req.method === "POST") Object.assign(intent, body, body.amount ? { amount: Number(body.amount) } : {})
        return send(200, intent)
      }
      if (req.method === "POST" && (match = path.match(/^\/v1\/payment_intents\/([^/]+)\/(capture|cancel)$/))) {
        const intent = intents.get(match[1])
        if (!intent) return missing()
        if (match[2] === "cancel") intent.status = "canceled"
        else Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
        return send(200, intent)
      }
      if (req.method === "POST" && path === "/v1/refunds") {
        const intent = intents.get(String(body.payment_intent))
        if (!intent) return missing()
        return send(200, {
          id: id("re"),
          object: "refund",
          amount: Number(body.amount ?? intent.amount),
          currency: intent.currency,
          payment_intent: intent.id,
          status: "succeeded",
        })
      }
      missing()
    })
  })

  server.listen(port, "127.0.0.1")
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    intents,
    succeed(intentId: string) {
      const intent = intents.get(intentId)!
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, latest_charge: id("ch") })
      return intent
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
