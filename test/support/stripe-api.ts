import { createServer, type Server } from "node:http"
import { parse } from "node:querystring"

/**
 * A local stand-in for the part of Stripe's REST API that Medusa's Stripe provider calls, answering in
 * Stripe's documented shapes (https://docs.stripe.com/api/payment_intents, /api/refunds,
 * /api/customers): form-encoded requests, JSON objects with `id` and `object`. It keeps the payment
 * intents in memory and records every request, so a test can check what was asked and play the
 * shopper's side (`succeed`: the card was charged, as Stripe would report after the Payment Element),
 * or let the browser do it: POST /v1/payment_intents/:id/confirm is what Stripe.js sends.
 * The same test runs against Stripe's test mode or stripe-mock by pointing STRIPE_API_BASE there (README).
 */
export interface StripeApi {
  url: string
  requests: { method: string; path: string; body: Record<string, unknown> }[]
  intents: Map<string, Record<string, unknown>>
  succeed(id: string): Record<string, unknown>
  close(): Promise<void>
}

/** Stripe's documented test cards that fail (https://docs.stripe.com/testing#declined-payments); any other number is charged. */
const DECLINES: Record<string, Record<string, string>> = {
  "4000000000000002": {
    type: "card_error",
    code: "card_declined",
    decline_code: "generic_decline",
    message: "Your card was declined.",
  },
  "4000000000000127": { type: "card_error", code: "incorrect_cvc", message: "Your card's security code is incorrect." },
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
      // what Stripe.js posts from the shopper's browser: the publishable key, the client secret, the card
      if (req.method === "POST" && (match = path.match(/^\/v1\/payment_intents\/([^/]+)\/confirm$/))) {
        const intent = intents.get(match[1])
        if (!intent) return missing()
        if (!String(body.key ?? "").startsWith("pk_") || body.client_secret !== intent.client_secret)
          return send(401, {
            error: { type: "invalid_request_error", message: "Invalid API Key or client secret provided." },
          })
        const card = ((body.payment_method_data ?? {}) as { card?: { number?: string } }).card ?? {}
        const decline = DECLINES[card.number ?? ""]
        if (decline) {
          intent.last_payment_error = decline
          return send(402, { error: { ...decline, payment_intent: intent } })
        }
        Object.assign(intent, {
          status: "succeeded",
          amount_received: intent.amount,
          latest_charge: id("ch"),
          payment_method: id("pm"),
          last_payment_error: null,
        })
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
