import type { MedusaContainer } from "@medusajs/framework/types"
import { createShippingProfilesWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { createChinaRegion, shipToChina } from "@zhunong/seed/shipping"
import { storeWithProducts } from "./store"
import { SONGJIANG_ADDRESS } from "./address"

type Headers = { headers: Record<string, string> }
interface Api {
  get(url: string, config: Headers): Promise<{ status: number; data: any }>
  post(url: string, body: unknown, config?: Headers): Promise<{ status: number; data: any }>
}

/**
 * A store a customer can check out in, set up with Medusa's workflows as the demo seed does: the
 * China region in CNY with 对公转账 and the system payment provider, a stock location shipping to China with a
 * flat 10 元 option, and published products at 10 元 (stock not managed).
 */
export async function shoppableStore(container: MedusaContainer, titles: string[]) {
  const region = await createChinaRegion(container)
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "默认", type: "default" }] } })
  const shop = await storeWithProducts(container, titles, profile.id)
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "测试仓" }] } })
  const option = await shipToChina(container, {
    locationId: location.id,
    salesChannelId: shop.channelId,
    shippingProfileId: profile.id,
    setName: "测试发货",
  })
  return { ...shop, regionId: region.id, shippingOptionId: option.id, locationId: location.id }
}

/** Registers a customer the way the storefront does and returns bearer headers for it. */
export async function customerHeaders(
  api: Api,
  store: Headers,
  email: string,
  name = { first_name: "测试", last_name: "用户" }
) {
  const password = "customer-password-1"
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post(
    "/store/customers",
    { email, ...name },
    { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
  )
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { ...store.headers, authorization: `Bearer ${data.token}` } }
}

/** A cart of the customer's with `variantIds` (one each), an address and the shipping option, ready to pay. */
export async function cartReady(
  api: Api,
  shop: Awaited<ReturnType<typeof shoppableStore>>,
  customer: Headers,
  variantIds: string[],
  quantity = 1
) {
  const { data } = await api.post(
    "/store/carts",
    { region_id: shop.regionId, items: variantIds.map((variant_id) => ({ variant_id, quantity })) },
    customer
  )
  const cartId: string = data.cart.id
  await api.post(
    `/store/carts/${cartId}`,
    {
      shipping_address: SONGJIANG_ADDRESS,
    },
    customer
  )
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.shippingOptionId }, customer)
  return cartId
}

/**
 * Chooses how the cart is paid, as the shop's checkout does: 对公转账 when it is bought with unit
 * money (its purchase intent's funding), Medusa's system provider for personal money.
 */
export async function choosePayment(api: Api, customer: Headers, cartId: string) {
  const [{ data }, intent] = await Promise.all([
    api.post("/store/payment-collections", { cart_id: cartId }, customer),
    api.get(`/store/carts/${cartId}/purchase-intent`, customer),
  ])
  const funding = intent.data.purchase_intent?.funding ?? "personal"
  await api.post(
    `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
    { provider_id: PAYMENT_PROVIDER_IDS[funding === "personal" ? "system" : "bank_transfer"] },
    customer
  )
}

/** Pays as the shop's checkout would (choosePayment) and completes the cart. */
export async function payAndComplete(api: Api, customer: Headers, cartId: string) {
  await choosePayment(api, customer, cartId)
  return api.post(`/store/carts/${cartId}/complete`, {}, customer)
}
