import Stripe from "stripe"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

export interface StripeCardOptions extends StripeOptions {
  /** Payment method types offered (card; alipay, wechat_pay where the Stripe account's country allows). */
  paymentMethodTypes: string[]
  /**
   * Another Stripe API endpoint (`http://127.0.0.1:12111`): Stripe's own stripe-mock, or the tests'
   * server that answers as Stripe's API does. Unset, the client calls api.stripe.com.
   */
  apiBase?: string
}

/**
 * Medusa's Stripe provider (payment intents, capture, refunds, webhooks verified with the signing
 * secret) with two things it does not take as options: the payment method types every intent offers,
 * and the API endpoint, so the same provider runs against stripe-mock or a contract test.
 */
export default class StripeCardProviderService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: StripeCardOptions) {
    super(cradle, options)
    if (options.apiBase) {
      const url = new URL(options.apiBase)
      this.stripe_ = new Stripe(options.apiKey, {
        host: url.hostname,
        port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
        protocol: url.protocol === "https:" ? "https" : "http",
        maxNetworkRetries: 0,
      })
    }
  }

  get paymentIntentOptions() {
    return { payment_method_types: (this.options_ as StripeCardOptions).paymentMethodTypes }
  }
}
