"use server"
import { redirect } from "next/navigation"
import { SetPurchaseIntent } from "@zhunong/common/shopper-forms"
import type { FormState } from "@/components/form-state"
import { readAddress } from "@/lib/address"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { completePaidCart, getCart, listPersonalPaymentProviders, placeOrder } from "@/lib/data/cart"
import { problemOf } from "@/lib/problems"
import { getCustomer } from "@/lib/data/customer"

/** The backend's fields that belong to the purchase-intent choice on the form. */
const INTENT_FIELDS = ["unit_id", "channel", "funding", "unit"]

export async function placeOrderAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [cart, customer] = await Promise.all([getCart(), getCustomer()])
  if (!customer) redirect("/account?next=/checkout")
  if (!cart?.items?.length) return { field: null, message: "购物车是空的" }

  const { address, problem } = readAddress(formData)
  if (!address) return problem
  const shippingOptionId = String(formData.get("shipping_option_id") ?? "")
  if (!shippingOptionId) return { field: "shipping_option_id", message: "请选择配送方式" }

  const chosen = String(formData.get("intent") ?? "")
  let intent = null
  if (chosen) {
    const [unit_id, channel, funding] = chosen.split("|")
    const parsed = SetPurchaseIntent.safeParse({ unit_id, channel, funding })
    if (!parsed.success) return { field: "intent", message: problemOf(parsed.error.issues[0].message).message }
    intent = parsed.data
  }

  // unit money has one way to pay; personal money the shopper's choice among what the region offers
  const funding = intent?.funding ?? "personal"
  let providerId: string = PAYMENT_PROVIDER_IDS.bank_transfer
  if (funding === "personal") {
    providerId = String(formData.get("provider_id") ?? "")
    if (!(await listPersonalPaymentProviders()).includes(providerId))
      return { field: "provider_id", message: "请选择付款方式" }
  }

  let placed: Awaited<ReturnType<typeof placeOrder>>
  try {
    placed = await placeOrder(cart.id, {
      email: customer.email,
      address,
      shipping_option_id: shippingOptionId,
      intent,
      provider_id: providerId,
    })
  } catch (error) {
    const refusal = problemOf(error)
    return refusal.field && INTENT_FIELDS.includes(refusal.field)
      ? { field: "intent", message: refusal.message }
      : refusal
  }
  if ("paying" in placed) redirect("/checkout/paying")
  redirect(`/account/orders/${placed.orderId}?placed=1`)
}

/** The paying page asks every few seconds whether the wallet payment went through. */
export async function checkPaymentAction(): Promise<{ orderId: string | null }> {
  return { orderId: await completePaidCart() }
}
