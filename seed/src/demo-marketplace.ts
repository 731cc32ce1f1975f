import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "@zhunong/marketplace/modules/marketplace"
import { createListingWorkflow } from "@zhunong/marketplace/workflows"
import { registerSupplierWorkflow } from "@zhunong/marketplace/workflows"
import { transitionSupplierWorkflow } from "@zhunong/marketplace/workflows"
import { DEMO_PRODUCTS } from "./demo-catalog"
import { DEMO_PASSWORD } from "./demo-marks"
import { certificateSupplierUscc, demoUscc } from "./demo-provenance"
import { DEMO_SUPPLIERS } from "./demo-suppliers"

type Container = ExecArgs["container"]
const OPERATOR = { type: "system" as const, id: null }

/**
 * Suppliers registered, approved and listing through the marketplace workflows. The demo catalog's
 * products become their suppliers' (with stock moved to the supplier's own location), so every
 * product in the shop is shipped by a supplier.
 */
export async function seedSuppliers(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Seeding suppliers and their listings…")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const inventory = container.resolve(Modules.INVENTORY)

  for (const demo of DEMO_SUPPLIERS) {
    const { authIdentity, error } = await container
      .resolve(Modules.AUTH)
      .register("emailpass", { body: { email: demo.email, password: DEMO_PASSWORD } })
    if (error || !authIdentity) throw new Error(`Could not register the demo supplier ${demo.email}: ${error}`)
    const { result } = await registerSupplierWorkflow(container).run({
      input: {
        application: {
          name: demo.name,
          uscc: demo.serial ? demoUscc(demo.county_code, 900 + demo.serial) : certificateSupplierUscc(demo.name),
          entity_type: demo.entity_type,
          county_code: demo.county_code,
          contact_name: demo.contact,
          contact_phone: "0834-2100000",
        },
        owner: { email: demo.email, name: demo.contact },
        auth_identity_id: authIdentity.id,
      },
    })
    if (demo.status === "pending") continue
    const supplierId = result.supplier.id
    await transitionSupplierWorkflow(container).run({ input: { id: supplierId, to: "approved", actor: OPERATOR } })
    const { data } = await query.graph({
      entity: "supplier",
      fields: ["stock_location_id"],
      filters: { id: supplierId },
    })
    const locationId: string = data[0].stock_location_id

    if (demo.sells) await handOver(demo.sells, supplierId, locationId)
    if (demo.lists) {
      const { title, description, variants } = demo.lists
      await createListingWorkflow(container).run({
        input: { supplier_id: supplierId, status: "published", title, description, variants },
      })
    }
    if (demo.status === "suspended") {
      await transitionSupplierWorkflow(container).run({
        input: { id: supplierId, to: "suspended", reason: demo.reason, actor: OPERATOR },
      })
    }
  }
  logger.info(`Seeded ${DEMO_SUPPLIERS.length} suppliers (password ${DEMO_PASSWORD}).`)

  /** A demo catalog product becomes the supplier's, its stock moved from the platform's warehouse to the supplier's. */
  async function handOver(handle: string, supplierId: string, locationId: string) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "variants.inventory_items.inventory_item_id"],
      filters: { handle: DEMO_PRODUCTS.find((p) => p.handle === handle)!.handle },
    })
    const product = data[0]
    await link.create({
      [MARKETPLACE_MODULE]: { supplier_id: supplierId },
      [Modules.PRODUCT]: { product_id: product.id },
    })
    const itemIds: string[] = product.variants.flatMap((v: { inventory_items: { inventory_item_id: string }[] }) =>
      v.inventory_items.map((i) => i.inventory_item_id)
    )
    const old = await inventory.listInventoryLevels({ inventory_item_id: itemIds })
    await inventory.createInventoryLevels(
      old.map((l) => ({
        inventory_item_id: l.inventory_item_id,
        location_id: locationId,
        stocked_quantity: l.stocked_quantity,
      }))
    )
    await inventory.deleteInventoryLevels(old.map((l) => l.id))
  }
}
