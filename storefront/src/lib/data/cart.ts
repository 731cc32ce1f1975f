import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { PAYMENT_PROVIDER_IDS, paymentKindOf, paymentKindsFor, type PaymentKind } from "@zhunong/common/payment-rules"
import type { Channel, Funding } from "@zhunong/common/purchase-rules"
import { getRegion } from "./catalog"
import { authHeaders, cartId, sdk, setCartId } from "./client"

const CART_FIELDS =
  "id,email,currency_code,total,subtotal,item_total,shipping_total,completed_at,customer_id," +
  "*items,+items.thumbnail,+items.product_title,+items.variant_title,+items.product_handle,*shipping_address,*shipping_methods"

/** The shopper's open cart, or null. A completed or vanished cart is forgotten. */
export async function getCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await cartId()
  if (!id) return null
  try {
    const { cart } = await sdk().store.cart.retrieve(id, { fields: CART_FIELDS }, await authHeaders())
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}

/** Units in the shopper's open cart (0 without one): the header's count, so only the quantities. */
export async function cartCount(): Promise<number> {
  const id = await cartId()
  if (!id) return 0
  try {
    const { cart } = await sdk().store.cart.retrieve(
      id,
      { fields: "id,completed_at,items.quantity" },
      await authHeaders()
    )
    return cart.completed_at ? 0 : (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  } catch {
    return 0
  }
}

export async function addToCart(variantId: string, quantity: number) {
  const headers = await authHeaders()
  const id = (await getCart())?.id
  if (id) {
    await sdk().store.cart.createLineItem(id, { variant_id: variantId, quantity }, { fields: "id" }, headers)
    return
  }
  // a first item makes the cart with it: one call, not two
  const { cart } = await sdk().store.cart.create(
    { region_id: (await getRegion()).id, items: [{ variant_id: variantId, quantity }] },
    { fields: "id" },
    headers
  )
  await setCartId(cart.id)
}

export async function updateLine(lineId: string, quantity: number) {
  const id = await cartId()
  if (!id) return
  const headers = await authHeaders()
  if (quantity <= 0) await sdk().store.cart.deleteLineItem(id, lineId, {}, headers)
  else await sdk().store.cart.updateLineItem(id, lineId, { quantity }, { fields: "id" }, headers)
}

export async function listShippingOptions(id: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await sdk().store.fulfillment.listCartOptions({ cart_id: id }, await authHeaders())
  return shipping_options
}

export interface CheckoutInput {
  email: string
  address: HttpTypes.StoreAddAddress
  shipping_option_id: string
  intent: { unit_id: string; channel: Channel; funding: Funding } | null
  /** A provider the region offers and the funding allows (the backend refuses any other). */
  provider_id: string
}

/**
 * Paid before the order exists, on the paying page: Alipay's cashier, WeChat Pay's QR code, Stripe's
 * Payment Element. The order is placed once the provider confirms the payment.
 */
export const PAY_FIRST: PaymentKind[] = ["stripe", "alipay", "wechat_pay"]

/**
 * Stripe's Payment Element runs in the shopper's browser with the account's publishable key, so the
 * shop offers Stripe only when it has that key (the backend's secret key alone is not enough).
 */
function shopCanTake(kind: PaymentKind): boolean {
  return kind !== "stripe" || !!stripePublishableKey()
}

/** Read at request time, like the backend's URL, so one build serves any deployment. */
export function stripePublishableKey(): string | null {
  return process.env.STRIPE_PUBLISHABLE_KEY || null
}

/**
 * The payment providers the shop's region offers for personal money, in the order the checkout
 * lists them. Unit money has one way to pay (对公转账) and needs no choice.
 */
export async function listPersonalPaymentProviders(): Promise<string[]> {
  const region = await getRegion()
  const { payment_providers } = await sdk().store.payment.listPaymentProviders({ region_id: region.id })
  return paymentKindsFor("personal")
    .filter(shopCanTake)
    .map((kind) => PAYMENT_PROVIDER_IDS[kind])
    .filter((id) => payment_providers.some((p) => p.id === id))
}

/**
 * Places the order in one pass: address with what it is bought for, shipping, payment, completion. The
 * attribution is derived on the server from the membership; the intent only chooses among what the
 * membership allows and is checked again at completion, as is the payment provider against it.
 */
export async function placeOrder(id: string, input: CheckoutInput): Promise<{ orderId: string } | { paying: true }> {
  const headers = await authHeaders()
  const store = sdk().store
  // the address and what it is bought for in one call: the attribution plugin's hook on Medusa's
  // cart update writes `additional_data.purchase_intent` (null: a personal purchase)
  const details: HttpTypes.StoreUpdateCart & { additional_data: { purchase_intent: CheckoutInput["intent"] } } = {
    email: input.email,
    shipping_address: input.address,
    billing_address: input.address,
    additional_data: { purchase_intent: input.intent },
  }
  await store.cart.update(id, details, { fields: "id" }, headers)
  const { cart } = await store.cart.addShippingMethod(
    id,
    { option_id: input.shipping_option_id },
    { fields: "id,total,currency_code,region_id" },
    headers
  )
  await store.payment.initiatePaymentSession(cart, { provider_id: input.provider_id }, {}, headers)
  const kind = paymentKindOf(input.provider_id)
  // paid on the paying page first, which completes the cart once the provider confirms it
  if (kind && PAY_FIRST.includes(kind)) return { paying: true }
  const result = await store.cart.complete(id, {}, headers)
  if (result.type !== "order") throw new Error(result.error?.message ?? "cart: 下单失败，请重试")
  await setCartId(null)
  return { orderId: result.order.id }
}

/**
 * The open cart's pay-first session as the paying page shows it: Alipay's cashier link, the WeChat
 * QR code's content, or what Stripe's Payment Element needs (the intent's client secret and the
 * publishable key).
 */
export async function getPayFirstSession(): Promise<{
  kind: PaymentKind
  payUrl: string | null
  codeUrl: string | null
  stripe: { clientSecret: string; publishableKey: string } | null
  total: number
} | null> {
  const id = await cartId()
  if (!id) return null
  const { cart } = await sdk().store.cart.retrieve(
    id,
    { fields: "id,total,completed_at,*payment_collection.payment_sessions" },
    await authHeaders()
  )
  const session = cart.payment_collection?.payment_sessions?.find((s) => {
    const kind = paymentKindOf(s.provider_id)
    return kind && PAY_FIRST.includes(kind)
  })
  if (!session || cart.completed_at) return null
  const data = (session.data ?? {}) as { pay_url?: string; code_url?: string; client_secret?: string }
  const publishableKey = stripePublishableKey()
  return {
    kind: paymentKindOf(session.provider_id)!,
    payUrl: data.pay_url ?? null,
    codeUrl: data.code_url ?? null,
    stripe: data.client_secret && publishableKey ? { clientSecret: data.client_secret, publishableKey } : null,
    total: cart.total,
  }
}

/**
 * Completes the open cart if its pay-first payment went through — the backend asks the provider — and
 * returns the order; null while it is not paid yet. A cart the provider's notification already
 * completed answers with the same order.
 */
export async function completePaidCart(): Promise<string | null> {
  const id = await cartId()
  if (!id) return null
  const result = await sdk().store.cart.complete(id, {}, await authHeaders())
  if (result.type !== "order") return null
  await setCartId(null)
  return result.order.id
}
