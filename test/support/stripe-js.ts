import type { BrowserContext } from "playwright-core"
import type { StripeApi } from "./stripe-api"

/**
 * A stand-in for Stripe.js (https://js.stripe.com), which these machines cannot load, for the
 * browser tests: the part of its documented interface the shop uses through @stripe/stripe-js and
 * @stripe/react-stripe-js — `Stripe(key)`, `elements({ clientSecret, locale })`,
 * `elements.create("payment")` with mount/on/off/update/destroy and its `ready` event, and
 * `confirmPayment({ elements, confirmParams, redirect: "if_required" })`, which, as Stripe.js does,
 * posts the card to `https://api.stripe.com/v1/payment_intents/:id/confirm` with the publishable key
 * and the client secret. The Payment Element here is plain labelled inputs in the page instead of
 * Stripe's iframe; a test against real Stripe.js (test mode, with internet) fills the iframe instead.
 *
 * Plain JavaScript in a string: it runs in the page, untouched by the test's TypeScript transform.
 */
const STRIPE_JS = `(() => {
  const DECLINES_ZH = { card_declined: "您的银行卡被拒绝。", incorrect_cvc: "您的银行卡安全码不正确。" }
  function Stripe(key) {
    let locale = "auto"
    const stripe = {
      elements(options) {
        locale = options.locale || "auto"
        const clientSecret = options.clientSecret
        let mounted = null
        const elements = {
          clientSecret,
          create(type) {
            if (type !== "payment") throw new Error("stand-in: only the Payment Element")
            const handlers = {}
            const element = {
              mount(target) {
                const node = typeof target === "string" ? document.querySelector(target) : target
                const zh = locale.startsWith("zh")
                node.innerHTML =
                  '<div data-testid="stripe-payment-element" style="display:grid;gap:0.5rem">' +
                  '<label>' + (zh ? "卡号" : "Card number") + ' <input name="number" autocomplete="cc-number"></label>' +
                  '<label>' + (zh ? "有效期" : "Expiration") + ' <input name="exp" placeholder="MM / YY"></label>' +
                  '<label>' + (zh ? "安全码" : "Security code") + ' <input name="cvc"></label></div>'
                mounted = node
                setTimeout(() => (handlers.ready || []).forEach((h) => h({ elementType: "payment" })), 0)
              },
              on(event, handler) { (handlers[event] = handlers[event] || []).push(handler) },
              off(event, handler) { handlers[event] = (handlers[event] || []).filter((h) => h !== handler) },
              update() {},
              unmount() { if (mounted) mounted.innerHTML = "" },
              destroy() { if (mounted) mounted.innerHTML = ""; mounted = null },
            }
            return element
          },
          getElement() { return null },
          update() {},
          fetchUpdates() { return Promise.resolve({}) },
          submit() { return Promise.resolve({}) },
          card() {
            const value = (name) => mounted.querySelector('input[name="' + name + '"]').value.replace(/\\s/g, "")
            const [month, year] = value("exp").split("/")
            return { number: value("number"), exp_month: month, exp_year: year, cvc: value("cvc") }
          },
        }
        return elements
      },
      async confirmPayment({ elements, confirmParams, redirect }) {
        const secret = elements.clientSecret
        const card = elements.card()
        const form = new URLSearchParams({
          key,
          client_secret: secret,
          return_url: confirmParams.return_url,
          "payment_method_data[type]": "card",
          "payment_method_data[card][number]": card.number,
          "payment_method_data[card][exp_month]": card.exp_month || "",
          "payment_method_data[card][exp_year]": card.exp_year || "",
          "payment_method_data[card][cvc]": card.cvc,
        })
        const res = await fetch("https://api.stripe.com/v1/payment_intents/" + secret.split("_secret_")[0] + "/confirm", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: form.toString(),
        })
        const body = await res.json()
        if (!res.ok) {
          const error = body.error
          if (locale.startsWith("zh") && DECLINES_ZH[error.code]) error.message = DECLINES_ZH[error.code]
          return { error }
        }
        if (redirect !== "if_required") window.location.assign(confirmParams.return_url)
        return { paymentIntent: body }
      },
      createToken() {},
      createPaymentMethod() {},
      confirmCardPayment() {},
      _registerWrapper() {},
      registerAppInfo() {},
    }
    return stripe
  }
  Stripe.version = 3
  window.Stripe = Stripe
})()`

/**
 * Serves the stand-in Stripe.js to every page of the context and sends what it posts to
 * api.stripe.com to the test's Stripe API stand-in.
 */
export async function routeStripe(context: BrowserContext, api: StripeApi) {
  await context.route("https://js.stripe.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: STRIPE_JS })
  )
  await context.route("https://api.stripe.com/**", async (route) => {
    const url = new URL(route.request().url())
    const response = await route.fetch({ url: `${api.url}${url.pathname}${url.search}` })
    await route.fulfill({ response, headers: { ...response.headers(), "access-control-allow-origin": "*" } })
  })
}
