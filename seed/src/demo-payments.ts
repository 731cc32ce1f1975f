import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { setPurchaseIntentWorkflow } from "@zhunong/attribution/workflows"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { recordOrderSalesWorkflow } from "@zhunong/assistance-stats/workflows"
import { splitOrderWorkflow } from "@zhunong/marketplace/workflows"
import { openBankTransferWorkflow } from "@zhunong/payments/workflows"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { DEMO_CANTEEN_ORDER, DEMO_SHOPPERS } from "./demo-marks"

type Container = ExecArgs["container"]

const BUYER = DEMO_SHOPPERS.find((s) => s.role === "采购员")!.email

/**
 * 对公转账 in the demo: the region offers it (databases seeded before it existed get it added), and
 * 王芳, the bureau's procurement officer, has placed a canteen order on the budget — through the
 * same workflows the shop's checkout runs — that awaits its remittance, for an operator to record
 * in Medusa Admin (the order's 对公转账 panel).
 */
export async function seedPayments(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "cny" })
  await updateRegionsWorkflow(container).run({
    input: {
      selector: { id: region.id },
      update: { payment_providers: [PAYMENT_PROVIDER_IDS.system, PAYMENT_PROVIDER_IDS.bank_transfer] },
    },
  })

  logger.info("Seeding a canteen order on invoice…")
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: BUYER })
  const [unit] = await container
    .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    .listBuyingUnits({ name: DEMO_CANTEEN_ORDER.unit }, { select: ["id"] })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: DEMO_CANTEEN_ORDER.items.map((i) => i.sku) },
  })
  const [option] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: "快递配送" })
  if (!customer || !unit || variants.length !== DEMO_CANTEEN_ORDER.items.length || !option)
    throw new Error("The demo canteen order needs the shop, the bureau, 王芳 and the canteen packs seeded first")

  const address = { ...DEMO_CANTEEN_ORDER.address, country_code: "cn" }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: region.id,
      sales_channel_id: store.default_sales_channel_id!,
      customer_id: customer.id,
      email: customer.email,
      shipping_address: address,
      billing_address: address,
      items: DEMO_CANTEEN_ORDER.items.map((i) => ({
        variant_id: variants.find((v) => v.sku === i.sku)!.id,
        quantity: i.quantity,
      })),
    },
  })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
  await setPurchaseIntentWorkflow(container).run({
    input: { cart_id: cart.id, customer_id: customer.id, unit_id: unit.id, channel: "canteen", funding: "budget" },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: PAYMENT_PROVIDER_IDS.bank_transfer },
  })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })

  // What the order's `order.placed` subscribers do, run here and awaited: the in-process event bus
  // `npm start` seeds on runs them beside this, and `medusa exec` may exit before they finish. Each
  // workflow is idempotent under a lock per order, so it happens once either way.
  await splitOrderWorkflow(container).run({ input: { order_id: order.id } })
  await recordOrderSalesWorkflow(container).run({ input: { order_id: order.id } })
  const { result: transfer } = await openBankTransferWorkflow(container).run({ input: { order_id: order.id } })
  logger.info(`Canteen order on invoice placed: ${order.id}, transfer reference ${transfer?.reference}.`)
}
