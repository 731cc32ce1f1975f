import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateKeyPairSync } from "node:crypto"
import { resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { adminHeaders } from "../../../../test/support/admin"
import { failure } from "../../../../test/support/http"
import { createEastJurisdictions } from "../../../../test/support/attribution"
import { cartReady, customerHeaders, shoppableStore } from "../../../../test/support/checkout"
import {
  captureCounts,
  ledgerKindsAfterReversal,
  orderOfCart,
  ordersOfCart,
  paymentEvidenceOf,
} from "../../../../test/support/payments"
import { startAlipayGateway } from "../../../../test/support/alipay-gateway"

const ROOT = resolve(__dirname, "../../../..")
const APP_ID = "2021000000000001"

// Key pairs made here, as the application and Alipay each hold theirs; Alipay direct is registered
// only when configured, so configure it, against the local gateway, before Medusa reads medusa-config.
const pem = () =>
  generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  })
const app = pem()
const alipay = pem()
const gateway = startAlipayGateway(42_000 + (process.pid % 1000), {
  appPublicKey: app.publicKey,
  alipayPrivateKey: alipay.privateKey,
})
process.env.ALIPAY_APP_ID = APP_ID
process.env.ALIPAY_PRIVATE_KEY = app.privateKey
process.env.ALIPAY_PUBLIC_KEY = alipay.publicKey
process.env.ALIPAY_GATEWAY = gateway.url

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>
    let shopper: Headers

    afterAll(() => gateway.close())

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createEastJurisdictions(getContainer())
      shop = await shoppableStore(getContainer(), ["布拖苦荞茶"])
      await api.post(
        `/admin/regions/${shop.regionId}`,
        { payment_providers: [PAYMENT_PROVIDER_IDS.bank_transfer, PAYMENT_PROVIDER_IDS.alipay] },
        admin
      )
      shopper = await customerHeaders(api, shop.store, "liu@example.com")
    })

    /** Alipay posts its notification as a form. */
    const notify = (fields: Record<string, string>) =>
      api.post("/hooks/alipay", new URLSearchParams(fields).toString(), {
        headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      })

    const ordersOf = (cartId: string) => ordersOfCart(getContainer(), cartId)

    it("pays on Alipay's cashier; the signed notification completes the cart once, a forged or replayed one changes nothing; a refund goes back through Alipay", async () => {
      const cartId = await cartReady(api, shop, shopper, [shop.variantId["布拖苦荞茶"]], 2)
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, shopper)
      const { data: chosen } = await api.post(
        `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
        { provider_id: PAYMENT_PROVIDER_IDS.alipay },
        shopper
      )
      const session = chosen.payment_collection.payment_sessions.find(
        (s: { provider_id: string }) => s.provider_id === PAYMENT_PROVIDER_IDS.alipay
      )
      // the cashier URL is signed by the application and carries the trade
      const cashier = gateway.verifyUrl(session.data.pay_url)
      expect(cashier).toEqual({
        signed: true,
        biz: {
          out_trade_no: session.id,
          total_amount: "30.00",
          subject: "助农集市订单",
          product_code: "FAST_INSTANT_TRADE_PAY",
        },
      })
      // completing before paying: Alipay has no paid trade, so no order
      const early = await api.post(`/store/carts/${cartId}/complete`, {}, shopper).catch(failure)
      expect(early.data.type ?? early.status).not.toBe("order")
      expect(await ordersOf(cartId)).toEqual([])

      const paid = gateway.pay(session.id, "30.00")
      // signed with a key that is not Alipay's: answered, not acted on
      const forged = pem()
      expect((await notify(gateway.notification(session.id, APP_ID, forged.privateKey))).data).toBe("success")
      // another application's notification, correctly signed: not ours
      await notify(gateway.notification(session.id, "2021000000009999"))
      await sleep(7_000)
      expect(await ordersOf(cartId)).toEqual([])

      expect((await notify(gateway.notification(session.id, APP_ID))).data).toBe("success")
      const orderId = await orderOfCart(getContainer(), cartId)
      expect(orderId).toBeTruthy()

      // Alipay posts again until it reads `success`; a replay changes nothing
      await notify(gateway.notification(session.id, APP_ID))
      await sleep(7_000)
      expect(await ordersOf(cartId)).toEqual([orderId])
      expect(await captureCounts(getContainer(), orderId!)).toEqual([1])

      // the 台账's payment evidence is the 支付宝交易号
      expect(await paymentEvidenceOf(getContainer(), orderId!)).toMatchObject({
        provider_id: PAYMENT_PROVIDER_IDS.alipay,
        reference: paid.trade_no,
        amount_fen: 3000,
      })

      // cancelled after payment: alipay.trade.refund for the whole amount, one reversal
      await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
      const refunds = gateway.requests.filter((r) => r.method === "alipay.trade.refund")
      expect(refunds).toEqual([
        {
          method: "alipay.trade.refund",
          signed: true,
          biz: { out_trade_no: session.id, refund_amount: "30.00", out_request_no: `${session.id}-R1` },
        },
      ])
      expect((await ledgerKindsAfterReversal(api, admin, orderId!)).filter((k) => k === "reversal")).toHaveLength(1)
      // every call the provider made was signed with the application's key
      expect(gateway.requests.every((r) => r.signed)).toBe(true)
    })
  },
})
