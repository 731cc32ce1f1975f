import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { storeWithProducts } from "./store"

type Headers = { headers: Record<string, string> }
interface Api {
  get(url: string, config: Headers): Promise<{ status: number; data: any }>
  post(url: string, body: unknown, config?: Headers): Promise<{ status: number; data: any }>
}

/**
 * A store a customer can check out in, set up with Medusa's workflows as the demo seed does: the
 * China region in CNY with the system payment provider, a stock location shipping to China with a
 * flat 10 元 option, and published products at 10 元 (stock not managed).
 */
export async function shoppableStore(container: MedusaContainer, titles: string[]) {
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "中国大陆", currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default"] },
      ],
    },
  })
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "默认", type: "default" }] } })
  const shop = await storeWithProducts(container, titles, profile.id)
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "测试仓" }] } })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [shop.channelId] } })
  const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: "测试发货",
    type: "shipping",
    service_zones: [{ name: "中国大陆", geo_zones: [{ country_code: "cn", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "快递配送",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "快递", description: "3–5 天送达", code: "express" },
        prices: [{ currency_code: "cny", amount: 10 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return { ...shop, regionId: region.id, shippingOptionId: option.id }
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
      shipping_address: {
        first_name: "测试",
        last_name: "用户",
        address_1: "荣乐东路1号",
        city: "上海市",
        province: "上海市",
        postal_code: "201600",
        country_code: "cn",
        phone: "13800000000",
      },
    },
    customer
  )
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.shippingOptionId }, customer)
  return cartId
}

/** Chooses Medusa's system payment provider for the cart, as a storefront's payment step does. */
export async function choosePayment(api: Api, customer: Headers, cartId: string) {
  const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, customer)
  await api.post(
    `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    customer
  )
}

/** Pays with Medusa's system provider and completes the cart, exactly as a storefront checkout does. */
export async function payAndComplete(api: Api, customer: Headers, cartId: string) {
  await choosePayment(api, customer, cartId)
  return api.post(`/store/carts/${cartId}/complete`, {}, customer)
}
