import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import Stripe from "stripe"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { adminHeaders } from "../../../../test/support/admin"
import { failure } from "../../../../test/support/http"
import { addMember, createEastJurisdictions, uscc } from "../../../../test/support/attribution"
import { cartReady, customerHeaders, shoppableStore } from "../../../../test/support/checkout"
import {
  captureCounts,
  ledgerKindsAfterReversal,
  orderOfCart,
  ordersOfCart,
  paidAtOf,
  paymentEvidenceOf,
} from "../../../../test/support/payments"
import { startStripeApi, type StripeApi } from "../../../../test/support/stripe-api"

const ROOT = resolve(__dirname, "../../../..")
const WEBHOOK_SECRET = "whsec_zhunongcontracttest"

// Stripe is registered only when configured: configure it, against the local stand-in for its API,
// before Medusa reads medusa-config. Against Stripe's test mode: see the README (Payments).
const stripeApi: StripeApi = startStripeApi(41_000 + (process.pid % 1000))
process.env.STRIPE_API_KEY ??= "sk_test_zhunongcontracttest"
process.env.STRIPE_WEBHOOK_SECRET ??= WEBHOOK_SECRET
process.env.STRIPE_API_BASE ??= stripeApi.url
process.env.STRIPE_PAYMENT_METHODS ??= "card,alipay"
/** Against the stand-in, the test plays Stripe's side; against Stripe's test mode, it confirms with a test card. */
const local = process.env.STRIPE_API_BASE === stripeApi.url

async function chargeCard(intentId: string): Promise<Record<string, unknown>> {
  if (local) return stripeApi.succeed(intentId)
  const stripe = new Stripe(process.env.STRIPE_API_KEY!)
  const intent = await stripe.paymentIntents.confirm(intentId, {
    payment_method: "pm_card_visa",
    return_url: "https://example.com/checkout",
  })
  return intent as unknown as Record<string, unknown>
}

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>
    let member: Headers
    let officer: Headers
    let unitId: string

    afterAll(() => stripeApi.close())

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createEastJurisdictions(getContainer())
      shop = await shoppableStore(getContainer(), ["布拖苦荞茶"])
      // the operator enables the card provider for the region, as in Medusa Admin
      await api.post(
        `/admin/regions/${shop.regionId}`,
        {
          payment_providers: [
            PAYMENT_PROVIDER_IDS.system,
            PAYMENT_PROVIDER_IDS.bank_transfer,
            PAYMENT_PROVIDER_IDS.stripe,
          ],
        },
        admin
      )
      const { data } = await api.post(
        "/admin/units",
        { name: "松江区测试单位", uscc: uscc(1), type: "party_government", jurisdiction_code: "310117" },
        admin
      )
      unitId = data.unit.id
      member = await customerHeaders(api, shop.store, "liu@example.com")
      officer = await customerHeaders(api, shop.store, "wang@example.com")
      await addMember(api, admin, unitId, "liu@example.com", "member")
      await addMember(api, admin, unitId, "wang@example.com", "procurement_officer")
    })

    /** A personal cart (2 × 10 元 + 10 元 shipping) with a Stripe payment session: the intent the Payment Element confirms. */
    async function stripeCart() {
      const cartId = await cartReady(api, shop, member, [shop.variantId["布拖苦荞茶"]], 2)
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, member)
      const { data: session } = await api.post(
        `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
        { provider_id: PAYMENT_PROVIDER_IDS.stripe },
        member
      )
      const stripeSession = session.payment_collection.payment_sessions.find(
        (s: { provider_id: string }) => s.provider_id === PAYMENT_PROVIDER_IDS.stripe
      )
      return { cartId, intentId: stripeSession.data.id as string, sessionId: stripeSession.id as string }
    }

    /** Stripe's event as it posts it: the raw JSON body and its `Stripe-Signature` header, signed offline. */
    function webhook(
      type: string,
      intent: Record<string, unknown>,
      secret = process.env.STRIPE_WEBHOOK_SECRET!,
      eventId = `evt_${intent.id}`
    ) {
      const payload = JSON.stringify({
        id: eventId,
        object: "event",
        type,
        api_version: "2025-02-24.acacia",
        created: Math.floor(Date.now() / 1000),
        data: { object: intent },
      })
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret })
      return api.post(`/hooks/payment/stripe_stripe`, payload, {
        headers: { "content-type": "application/json", "stripe-signature": signature },
      })
    }

    const ordersOf = (cartId: string) => ordersOfCart(getContainer(), cartId)
    /** The 台账's payment evidence of a cart paid by card: the intent, for the cart's 30.00 元. */
    const paidByCard = (intentId: string) => ({
      provider_id: PAYMENT_PROVIDER_IDS.stripe,
      reference: intentId,
      amount_fen: 3000,
    })

    it("a card payment completes the cart from Stripe's signed webhook; a bad signature or a replay changes nothing", async () => {
      const { cartId, intentId, sessionId } = await stripeCart()
      if (local) {
        const created = stripeApi.requests.find((r) => r.path === "/v1/payment_intents" && r.method === "POST")!
        expect(created.body).toMatchObject({
          amount: "3000",
          currency: "cny",
          capture_method: "automatic",
          payment_method_types: ["card", "alipay"],
          metadata: { session_id: sessionId },
        })
      }
      // the shopper confirms in the Payment Element; Stripe then reports it
      const charged = await chargeCard(intentId)

      // signed with another secret: refused, no order
      expect((await webhook("payment_intent.succeeded", charged, "whsec_not_ours")).status).toBe(200)
      await sleep(7_000)
      expect(await ordersOf(cartId)).toEqual([])

      expect((await webhook("payment_intent.succeeded", charged)).status).toBe(200)
      // Medusa delays webhook processing (5 s by default) to let a racing checkout finish first
      const orderId = (await orderOfCart(getContainer(), cartId))!
      expect(orderId).toBeTruthy()
      expect(await captureCounts(getContainer(), orderId)).toEqual([1])

      // the same event again (Stripe retries until it sees a 2xx): one order, one capture
      expect((await webhook("payment_intent.succeeded", charged)).status).toBe(200)
      await sleep(7_000)
      expect(await ordersOf(cartId)).toEqual([orderId])
      expect(await captureCounts(getContainer(), orderId)).toEqual([1])

      // 已支付 and the payment evidence: the intent's id
      expect(await paidAtOf(api, member, orderId)).toBeTruthy()
      expect(await paymentEvidenceOf(getContainer(), orderId)).toMatchObject(paidByCard(intentId))

      // cancelled after payment: refunded through Stripe, one reversal on the 台账
      await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
      if (local) {
        const refund = stripeApi.requests.find((r) => r.path === "/v1/refunds")
        expect(refund?.body).toMatchObject({ payment_intent: intentId, amount: "3000" })
      }
      expect((await ledgerKindsAfterReversal(api, admin, orderId)).filter((k) => k === "reversal")).toHaveLength(1)
    })

    it("the shop completes the cart once Stripe confirms the payment: 已支付 and its evidence without the webhook", async () => {
      const { cartId, intentId } = await stripeCart()
      // before the shopper pays: the intent is not paid, so no order
      const early = await api.post(`/store/carts/${cartId}/complete`, {}, member).catch(failure)
      expect(early.data.type ?? early.status).not.toBe("order")
      expect(await ordersOf(cartId)).toEqual([])

      await chargeCard(intentId)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, member)
      expect(data.type).toBe("order")
      const orderId = data.order.id as string
      // captured with the intent as the cart completed, which Medusa does without a payment.captured
      // event: the order's placement records the paid step and the evidence
      expect(await captureCounts(getContainer(), orderId)).toEqual([1])
      expect(await paidAtOf(api, member, orderId)).toBeTruthy()
      expect(await paymentEvidenceOf(getContainer(), orderId)).toMatchObject(paidByCard(intentId))
    })

    it("a budget cart may not use the card provider", async () => {
      const intentsBefore = stripeApi.requests.filter((r) => r.path === "/v1/payment_intents").length
      const cartId = await cartReady(api, shop, officer, [shop.variantId["布拖苦荞茶"]])
      await api.post(
        `/store/carts/${cartId}/purchase-intent`,
        { unit_id: unitId, channel: "canteen", funding: "budget" },
        officer
      )
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, officer)
      const refused = await api
        .post(
          `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
          { provider_id: PAYMENT_PROVIDER_IDS.stripe },
          officer
        )
        .catch(failure)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^provider_id: 单位经费/)
      // refused before Stripe was asked for anything
      if (local) expect(stripeApi.requests.filter((r) => r.path === "/v1/payment_intents")).toHaveLength(intentsBefore)
    })
  },
})
