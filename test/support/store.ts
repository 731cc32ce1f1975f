import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * The store's one sales channel (the default Medusa's migrations create, as in the demo shop) with a
 * publishable key and published products in it, made with the workflows Medusa's admin uses.
 * Returns the store request headers and the products by title.
 */
export async function storeWithProducts(container: MedusaContainer, titles: string[], shippingProfileId?: string) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) throw new Error("the test database has no default sales channel")
  const channel = { id: store.default_sales_channel_id }
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "test", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: titles.map((title, i) => ({
        title,
        handle: `test-product-${i}`,
        status: ProductStatus.PUBLISHED,
        sales_channels: [{ id: channel.id }],
        shipping_profile_id: shippingProfileId,
        options: [{ title: "规格", values: ["默认"] }],
        variants: [
          {
            title: "默认",
            options: { 规格: "默认" },
            manage_inventory: false,
            prices: [{ currency_code: "cny", amount: 10 }],
          },
        ],
      })),
    },
  })
  return {
    channelId: channel.id,
    variantId: Object.fromEntries(products.map((p) => [p.title, p.variants[0].id])) as Record<string, string>,
    store: { headers: { "x-publishable-api-key": key.token } },
    productId: Object.fromEntries(products.map((p) => [p.title, p.id])) as Record<string, string>,
  }
}
