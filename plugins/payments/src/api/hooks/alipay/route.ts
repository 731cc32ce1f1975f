import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"

/**
 * Alipay's asynchronous notification (the provider's notify_url). It is handed to Medusa's payment
 * webhook handling exactly as `POST /hooks/payment/alipay_alipay` would hand it (the provider checks
 * the signature there), but answered with the plain `success` Alipay waits for: any other answer makes
 * it post the notification again for a day. Where Alipay is not configured there is nothing to notify: 404.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const [alipay] = await req.scope
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: PAYMENT_PROVIDER_IDS.alipay }, { select: ["id"] })
  if (!alipay) throw new MedusaError(MedusaError.Types.NOT_FOUND, "支付宝未开通")
  await req.scope.resolve(Modules.EVENT_BUS).emit(
    {
      name: PaymentWebhookEvents.WebhookReceived,
      data: { provider: "alipay_alipay", payload: { data: req.body, rawData: "", headers: req.headers } },
    },
    // as Medusa's own webhook route: a moment's delay lets a checkout racing the notification finish first
    { delay: 5000, attempts: 3 }
  )
  res.type("text/plain").send("success")
}
