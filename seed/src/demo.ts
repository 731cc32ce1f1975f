import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { readEnv } from "@zhunong/backend/env"
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from "./demo-catalog"
import { seedUnits } from "./demo-attribution"
import { seedSuppliers } from "./demo-marketplace"
import { seedStats } from "./demo-stats"
import { PUBLISHABLE_KEY_TITLE, SEED_VERSION } from "./demo-marks"
import { seedProvenance } from "./demo-provenance"
import { createChinaRegion, shipToChina } from "./shipping"
import { seedProductArt } from "./product-art"
import { seedPayments } from "./demo-payments"
import { seedYearCatalog } from "./demo-year"
import { seedYearOrders } from "./demo-year-orders"

type Container = ExecArgs["container"]

/**
 * The demo data in stages, each marked on the store when done (`metadata.seed_version`), so a
 * database seeded by an older version gets only the stages it lacks. The last stage's version
 * is SEED_VERSION.
 */
const STAGES: { version: string; run: (container: Container) => Promise<void>; year?: boolean }[] = [
  { version: "1", run: seedShop },
  { version: "2", run: seedUnits },
  { version: "3", run: seedSuppliers },
  { version: "4", run: seedStats },
  { version: "5", run: seedProductArt },
  { version: "6", run: seedPayments },
  { version: "7", run: seedYearCatalog, year: true },
  { version: "8", run: seedYearOrders, year: true },
]

/** Run by `npm start` (through `medusa exec`) when the store's seed mark is not SEED_VERSION. */
export default async function seedDemo({ container }: ExecArgs) {
  if (STAGES[STAGES.length - 1].version !== SEED_VERSION)
    throw new Error("SEED_VERSION must be the last seed stage's version")
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const done = Number((await storeModule.listStores())[0].metadata?.seed_version ?? 0)
  const pending = STAGES.filter((stage) => Number(stage.version) > done)
  if (!pending.length) logger.info("Demo data already present; nothing to seed.")
  // Test stacks that do not need a year of data leave it out (SEED_DEMO_YEAR=false); the mark is set all the same.
  const withYear = readEnv().SEED_DEMO_YEAR === "true"
  for (const stage of pending) {
    const started = Date.now()
    if (withYear || !stage.year) await stage.run(container)
    logger.info(
      `Seed stage ${stage.version} (${stage.run.name}) done in ${((Date.now() - started) / 1000).toFixed(1)} s.`
    )
    const [store] = await storeModule.listStores()
    await storeModule.updateStores(store.id, { metadata: { ...store.metadata, seed_version: stage.version } })
  }
  // `medusa exec` runs no subscribers, so the search index has seen none of the seed's events. The
  // module's own reindex, awaited (Medusa's reindex workflow runs its step in the background, which
  // this short-lived process would not wait for).
  if (pending.length) {
    logger.info("Indexing the products for search…")
    await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  }
}

/**
 * The shop: the China region in CNY, the storefront's sales channel and publishable key, a stock
 * location with a shipping option, the demo admin, a few products and their provenance.
 */
async function seedShop(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()

  logger.info("Seeding the store, region and sales channel…")
  // The shop sells through one channel: the default one Medusa's migrations create, renamed. A
  // second channel would make every store product list filter by channel, loading every
  // product–channel row first (a cost that grows with the catalog; docs/decisions.md).
  if (!store.default_sales_channel_id)
    throw new Error("The store has no default sales channel: run `medusa db:migrate` before seeding")
  const salesChannel = { id: store.default_sales_channel_id }
  await updateSalesChannelsWorkflow(container).run({
    input: { selector: { id: salesChannel.id }, update: { name: "助农集市", description: "职工商城 Employee shop" } },
  })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "助农集市",
        supported_currencies: [{ currency_code: "cny", is_default: true }],
        supported_locales: [{ locale_code: "zh-CN" }, { locale_code: "en-US" }],
      },
    },
  })
  const region = await createChinaRegion(container)
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "cn", provider_id: "tp_system" }] })

  logger.info("Seeding the stock location and shipping…")
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "西昌产地仓",
          address: { address_1: "航天大道", city: "西昌市", province: "四川省", country_code: "CN" },
        },
      ],
    },
  })
  const {
    result: [shippingProfile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "默认", type: "default" }] },
  })
  await shipToChina(container, {
    locationId: location.id,
    salesChannelId: salesChannel.id,
    shippingProfileId: shippingProfile.id,
    setName: "西昌产地仓发货",
    regionId: region.id,
  })

  logger.info("Seeding the storefront's publishable key…")
  const {
    result: [publishableKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: publishableKey.id, add: [salesChannel.id] },
  })

  logger.info("Seeding categories and products…")
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: DEMO_CATEGORIES.map((c) => ({ name: c.name, handle: c.handle, is_active: true })),
    },
  })
  const categoryId = new Map(categories.map((c) => [c.handle, c.id]))
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: DEMO_PRODUCTS.map((p) => ({
        title: p.title,
        subtitle: p.subtitle,
        handle: p.handle,
        description: p.description,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: shippingProfile.id,
        category_ids: [categoryId.get(p.category)!],
        sales_channels: [{ id: salesChannel.id }],
        options: [{ title: "规格", values: p.variants.map((v) => v.option) }],
        variants: p.variants.map((v) => ({
          title: v.option,
          sku: v.sku,
          options: { 规格: v.option },
          manage_inventory: true,
          prices: [{ currency_code: "cny", amount: v.price }],
        })),
      })),
    },
  })
  const { data: inventoryItems } = await query.graph({ entity: "inventory_item", fields: ["id"] })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((item) => ({
        inventory_item_id: item.id,
        location_id: location.id,
        stocked_quantity: 1000,
      })),
    },
  })

  logger.info("Seeding divisions, pairings, origins and certificates…")
  await seedProvenance(container, new Map(products.map((p) => [p.handle, p.id])))

  await seedAdmin(container)
  logger.info(`Demo data seeded: ${DEMO_PRODUCTS.length} products.`)
}

async function seedAdmin(container: Container) {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = readEnv()
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`Could not register the demo admin ${email}: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "平台", last_name: "运营" } },
  })
}
