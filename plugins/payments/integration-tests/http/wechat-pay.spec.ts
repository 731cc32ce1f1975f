import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateKeyPairSync } from "node:crypto"
import { resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { adminHeaders } from "../../../../test/support/admin"
import { createEastJurisdictions } from "../../../../test/support/attribution"
import { cartReady, customerHeaders, shoppableStore } from "../../../../test/support/checkout"
import {
  captureCounts,
  ledgerKindsAfterReversal,
  orderOfCart,
  ordersOfCart,
  paymentEvidenceOf,
} from "../../../../test/support/payments"
import { startWechatPayApi } from "../../../../test/support/wechatpay-api"

const ROOT = resolve(__dirname, "../../../..")
const MCHID = "1900000109"
const APPID = "wxd678efh567hg6787"
const PLATFORM_SERIAL = "PUB_KEY_ID_0119000001092026"
const APIV3_KEY = "zhunongcontracttestapiv3key32chr"

// Key pairs made here, as the merchant and WeChat Pay each hold theirs; WeChat Pay is registered only
// when configured, so configure it, against the local stand-in, before Medusa reads medusa-config.
const pem = () =>
  generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  })
const merchant = pem()
const platform = pem()
const wechat = startWechatPayApi(43_000 + (process.pid % 1000), {
  mchid: MCHID,
  appid: APPID,
  merchantPublicKey: merchant.publicKey,
  platformPrivateKey: platform.privateKey,
  platformSerial: PLATFORM_SERIAL,
  apiV3Key: APIV3_KEY,
})
Object.assign(process.env, {
  WECHATPAY_MCHID: MCHID,
  WECHATPAY_APPID: APPID,
  WECHATPAY_SERIAL: "3775B6A45ACD588826D15E583A95F5DD3D9F8D31",
  WECHATPAY_PRIVATE_KEY: merchant.privateKey,
  WECHATPAY_PUBLIC_KEY_ID: PLATFORM_SERIAL,
  WECHATPAY_PUBLIC_KEY: platform.publicKey,
  WECHATPAY_APIV3_KEY: APIV3_KEY,
  WECHATPAY_BASE_URL: wechat.url,
})

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>
    let shopper: Headers

    afterAll(() => wechat.close())

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createEastJurisdictions(getContainer())
      shop = await shoppableStore(getContainer(), ["布拖苦荞茶"])
      await api.post(
        `/admin/regions/${shop.regionId}`,
        { payment_providers: [PAYMENT_PROVIDER_IDS.bank_transfer, PAYMENT_PROVIDER_IDS.wechat_pay] },
        admin
      )
      shopper = await customerHeaders(api, shop.store, "liu@example.com")
    })

    /** WeChat Pay posts its notification as JSON with its signature headers, to Medusa's webhook route. */
    const notify = (notice: { headers: Record<string, string>; body: string }) =>
      api.post("/hooks/payment/wechat-pay_wechat-pay", notice.body, { headers: notice.headers })

    const ordersOf = (cartId: string) => ordersOfCart(getContainer(), cartId)

    it("pays by scanning the Native QR code; the signed, encrypted notification completes the cart once, a forged, stale or foreign one changes nothing; a refund goes back through WeChat Pay", async () => {
      const cartId = await cartReady(api, shop, shopper, [shop.variantId["布拖苦荞茶"]], 2)
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, shopper)
      const { data: chosen } = await api.post(
        `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
        { provider_id: PAYMENT_PROVIDER_IDS.wechat_pay },
        shopper
      )
      const session = chosen.payment_collection.payment_sessions.find(
        (s: { provider_id: string }) => s.provider_id === PAYMENT_PROVIDER_IDS.wechat_pay
      )
      expect(session.data).toMatchObject({
        out_trade_no: session.id,
        total: 3000,
        code_url: expect.stringMatching(/^weixin:\/\/wxpay\//),
      })
      expect(wechat.requests.find((r) => r.path === "/v3/pay/transactions/native")?.body).toEqual({
        appid: APPID,
        mchid: MCHID,
        description: "助农集市订单",
        out_trade_no: session.id,
        notify_url: expect.stringMatching(/\/hooks\/payment\/wechat-pay_wechat-pay$/),
        amount: { total: 3000, currency: "CNY" },
      })

      const paid = wechat.pay(session.id)
      // signed by another key, more than five minutes old, or another merchant's: not acted on
      await notify(wechat.notification(session.id, { signer: pem().privateKey }))
      await notify(wechat.notification(session.id, { timestamp: Math.floor(Date.now() / 1000) - 600 }))
      await notify(wechat.notification(session.id, { mchid: "1900000999" }))
      await sleep(7_000)
      expect(await ordersOf(cartId)).toEqual([])

      expect((await notify(wechat.notification(session.id))).status).toBe(200)
      const orderId = await orderOfCart(getContainer(), cartId)
      expect(orderId).toBeTruthy()

      // delivered twice (WeChat Pay retries until answered 2xx in time): one order, one capture
      await notify(wechat.notification(session.id))
      await sleep(7_000)
      expect(await ordersOf(cartId)).toEqual([orderId])
      expect(await captureCounts(getContainer(), orderId!)).toEqual([1])

      // the 台账's payment evidence is the 微信支付订单号
      expect(await paymentEvidenceOf(getContainer(), orderId!)).toMatchObject({
        provider_id: PAYMENT_PROVIDER_IDS.wechat_pay,
        reference: paid.transaction_id,
        amount_fen: 3000,
      })

      // cancelled after payment: a domestic refund of the whole amount, one reversal
      await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
      expect(wechat.requests.filter((r) => r.path === "/v3/refund/domestic/refunds").map((r) => r.body)).toEqual([
        {
          out_trade_no: session.id,
          out_refund_no: `${session.id}-R1`,
          amount: { refund: 3000, total: 3000, currency: "CNY" },
        },
      ])
      expect((await ledgerKindsAfterReversal(api, admin, orderId!)).filter((k) => k === "reversal")).toHaveLength(1)
      // every call the provider made was signed with the merchant's key
      expect(wechat.requests.every((r) => r.signed)).toBe(true)
    })
  },
})
