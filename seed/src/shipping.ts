import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import {
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * The one region the shop sells in: mainland China in CNY, paid by 对公转账 (unit money) or Medusa's
 * system provider (personal purchases in the demo and tests; a live shop enables Stripe, Alipay or
 * WeChat Pay for the region in Medusa Admin instead).
 */
export async function createChinaRegion(container: MedusaContainer) {
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "中国大陆",
          currency_code: "cny",
          countries: ["cn"],
          payment_providers: [PAYMENT_PROVIDER_IDS.system, PAYMENT_PROVIDER_IDS.bank_transfer],
        },
      ],
    },
  })
  return region
}

/**
 * Makes a stock location ship to mainland China for a sales channel, the way an operator sets it up
 * in Medusa Admin: the manual provider, a fulfillment set with one China zone, and a flat 10 元
 * 快递配送 option in the store. The demo and the tests' shops both start from it.
 */
export async function shipToChina(
  container: MedusaContainer,
  input: { locationId: string; salesChannelId: string; shippingProfileId: string; setName: string; regionId?: string }
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: input.locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: input.locationId, add: [input.salesChannelId] },
  })
  const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: input.setName,
    type: "shipping",
    service_zones: [{ name: "中国大陆", geo_zones: [{ country_code: "cn", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: input.locationId },
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
        shipping_profile_id: input.shippingProfileId,
        type: { label: "快递", description: "3–5 天送达", code: "express" },
        prices: [
          { currency_code: "cny", amount: 10 },
          ...(input.regionId ? [{ region_id: input.regionId, amount: 10 }] : []),
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return option
}
