import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { countyShortName, generateCatalog } from "@zhunong/seed/catalog-scale"
import { shipToChina } from "@zhunong/seed/shipping"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { validButuoCertificate } from "../../support/marketplace"
import { DIVISIONS } from "./divisions"

export const BENCH_KEY_TITLE = "bench"
/** The products the checkout benchmark buys (through workflows, so they ship like any product). */
export const CHECKOUT_SKUS = ["BENCH-A", "BENCH-B"]
/** One unit in stock: twenty buyers race for it. */
export const LAST_ITEM_SKU = "BENCH-LAST"

/**
 * The same store in either benchmark backend (`medusa exec` from the backend's folder, with the
 * number of products as its argument): a CNY region paid through Medusa's system provider, the
 * default sales channel with a publishable key, a stock location shipping to China, three products
 * made through Medusa's workflows for checkouts, and N generated products bulk-loaded by Postgres
 * (seed/src/catalog-scale.ts). In the shop's backend the generated products also get their origin
 * county and every other one a valid certificate, as its catalog has; plain Medusa has neither table.
 */
export default async function benchStore({ container, args }: ExecArgs) {
  const products = Number(args[0] ?? 10_000)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [store] = await container.resolve(Modules.STORE).listStores()
  const channelId = store.default_sales_channel_id!
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
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: BENCH_KEY_TITLE, type: "publishable", created_by: "bench" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channelId] } })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "产地仓", address: { address_1: "航天大道", city: "西昌市", country_code: "CN" } }] },
  })
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "默认", type: "default" }] } })
  await shipToChina(container, {
    locationId: location.id,
    salesChannelId: channelId,
    shippingProfileId: profile.id,
    setName: "产地仓发货",
    regionId: region.id,
  })
  await createProductsWorkflow(container).run({
    input: {
      products: [...CHECKOUT_SKUS, LAST_ITEM_SKU].map((sku) => ({
        title: `结账商品 ${sku}`,
        handle: sku.toLowerCase(),
        status: "published" as const,
        shipping_profile_id: profile.id,
        sales_channels: [{ id: channelId }],
        options: [{ title: "规格", values: ["500g"] }],
        variants: [
          {
            title: "500g",
            sku,
            options: { 规格: "500g" },
            manage_inventory: sku === LAST_ITEM_SKU,
            prices: [{ currency_code: "cny", amount: 39.9 }],
          },
        ],
      })),
    },
  })
  const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: LAST_ITEM_SKU })
  await container
    .resolve(Modules.INVENTORY)
    .createInventoryLevels([{ inventory_item_id: item.id, location_id: location.id, stocked_quantity: 1 }])

  // the same titles in both backends: each generated product is named after one of these counties
  const named = DIVISIONS.filter((d) => d.level === "county")
  let counties: { id?: string; short: string }[] = named.map((d) => ({ short: countyShortName(d.name) }))
  let certificateId: string | undefined
  if (container.hasRegistration(PROVENANCE_MODULE)) {
    const divisions = await container
      .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
      .createDivisions(DIVISIONS.map((d) => ({ ...d })))
    const idOf = new Map(divisions.map((d) => [d.name, d.id]))
    counties = named.map((d, i) => ({ ...counties[i], id: idOf.get(d.name) }))
    certificateId = (await validButuoCertificate(container)).id
  }
  await generateCatalog(db, { products, channelId, counties, certificateId })
  // the shop's catalog page searches; bulk rows emit no events, so its index is built here
  if (certificateId)
    await container
      .resolve<{ reindex(input: { index: string }): Promise<unknown> }>(Modules.SEARCH)
      .reindex({ index: "product" })
}
