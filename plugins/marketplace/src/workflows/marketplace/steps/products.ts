import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatYuan } from "@zhunong/common/money"
import { marketplace } from "../../../modules/marketplace"
import { assertEligibleCounty, shopChannelId } from "./suppliers"
import { invalid } from "@zhunong/common/server/errors"

type Container = Pick<MedusaContainer, "resolve">

/**
 * A CNY price from integer fen, as the exact decimal string (69.90) Medusa's pricing module stores
 * without a detour through binary floats. The product workflows' types say `number`; the module
 * takes any BigNumber input.
 */
export const cnyPrices = (fen: number) => [{ currency_code: "cny", amount: formatYuan(fen) as unknown as number }]

/** The supplier behind a request, refused unless its status lets it do `what`. */
export async function supplierFor(container: Container, supplierId: string, allowed: readonly string[], what: string) {
  const supplier = await marketplace(container).retrieveSupplier(supplierId)
  if (!allowed.includes(supplier.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `供应商当前状态为“${statusLabel(supplier.status)}”，不能${what}`
    )
  }
  return supplier
}

const statusLabel = (status: string) =>
  ({ pending: "待审核", approved: "已入驻", suspended: "已暂停", terminated: "已清退" })[status] ?? status

/** The counties a supplier may sell products from: its own and those an operator allowed. */
export function sellingCounties(supplier: { county_code: string; sourcing_county_codes: string[] | null }): string[] {
  return [supplier.county_code, ...(supplier.sourcing_county_codes ?? [])]
}

/** 404 unless the product is the supplier's: another supplier's product is not there for it. */
export async function assertOwnProduct(container: Container, supplierId: string, productId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "supplier.id"],
    filters: { id: productId },
  })
  if (data[0]?.supplier?.id !== supplierId)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `商品 ${productId} 不存在`)
}

/** A county the supplier may sell from, and still eligible today. */
export async function assertSellingCounty(
  container: Container,
  supplier: { county_code: string; sourcing_county_codes: string[] | null },
  county: string
) {
  if (!sellingCounties(supplier).includes(county)) {
    throw invalid(
      "county_code",
      `供应商只能销售本县（${supplier.county_code}）及平台核准的采购县的产品，${county} 不在其中`
    )
  }
  await assertEligibleCounty(container, county)
}

export interface NewListing {
  supplier_id: string
  county_code?: string
  variants: { title: string; sku?: string | null; price_fen: number; stock: number }[]
}

/** Everything a new listing needs from the platform, after checking the supplier may list it. */
export const prepareListingStep = createStep("prepare-supplier-listing", async (input: NewListing, { container }) => {
  const supplier = await supplierFor(container, input.supplier_id, ["approved"], "上架商品")
  const county = input.county_code ?? supplier.county_code
  await assertSellingCounty(container, supplier, county)
  const titles = input.variants.map((v) => v.title)
  const repeated = titles.find((t, i) => titles.indexOf(t) !== i)
  if (repeated) throw invalid("variants", `规格“${repeated}”重复`)
  return new StepResponse({
    county_code: county,
    location_id: supplier.stock_location_id!,
    channel_id: await shopChannelId(container),
    shipping_profile_id: await shopShippingProfileId(container),
  })
})

/**
 * The shipping profile the shop delivers with: that of its shipping options offered in the store,
 * so a supplier's product can be checked out with the shop's delivery (there may be other profiles).
 */
async function shopShippingProfileId(container: Container): Promise<string> {
  const options = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions(
      {},
      { relations: ["rules"], select: ["id", "shipping_profile_id", "created_at"], order: { created_at: "ASC" } }
    )
  // A rule value is stored as JSON text ("true"), whatever the DTO type says.
  const offered = options.find((o) =>
    o.rules?.some((r) => r.attribute === "enabled_in_store" && String(r.value) === "true")
  )
  if (!offered) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "平台尚未配置商城配送方式，暂不能上架商品")
  return offered.shipping_profile_id
}

/** Puts each new variant's stock at the supplier's own location. */
export const stockNewVariantsStep = createStep(
  "stock-new-variants",
  async (input: { product_id: string; location_id: string; stock_by_title: Record<string, number> }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: { product_id: input.product_id },
    })
    const levels = data.flatMap((variant) =>
      (variant.inventory_items ?? []).map((item: { inventory_item_id: string }) => ({
        inventory_item_id: item.inventory_item_id,
        location_id: input.location_id,
        stocked_quantity: input.stock_by_title[variant.title] ?? 0,
      }))
    )
    const created = levels.length ? await container.resolve(Modules.INVENTORY).createInventoryLevels(levels) : []
    return new StepResponse(
      created,
      created.map((l) => l.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.INVENTORY).deleteInventoryLevels(ids)
  }
)

/** Sets a variant's stock at the supplier's location (the variant must be the supplier's). */
export const setVariantStockStep = createStep(
  "set-supplier-variant-stock",
  async (input: { variant_id: string; location_id: string; stocked_quantity: number }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: input.variant_id },
    })
    const itemId: string | undefined = data[0]?.inventory_items?.[0]?.inventory_item_id
    if (!itemId) throw invalid("variant_id", "该规格不管理库存")
    const inventory = container.resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: input.location_id })
    if (level && input.stocked_quantity < level.reserved_quantity) {
      throw invalid("stock", `库存不能少于已被订单占用的 ${level.reserved_quantity} 件`)
    }
    if (!level) {
      const created = await inventory.createInventoryLevels({
        inventory_item_id: itemId,
        location_id: input.location_id,
        stocked_quantity: input.stocked_quantity,
      })
      return new StepResponse(created, { delete: created.id } as StockUndo)
    }
    const updated = await inventory.updateInventoryLevels({
      inventory_item_id: itemId,
      location_id: input.location_id,
      stocked_quantity: input.stocked_quantity,
    })
    return new StepResponse(updated, {
      restore: { inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: level.stocked_quantity },
    } as StockUndo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if ("delete" in undo) await inventory.deleteInventoryLevels(undo.delete)
    else await inventory.updateInventoryLevels(undo.restore)
  }
)

type StockUndo =
  { delete: string } | { restore: { inventory_item_id: string; location_id: string; stocked_quantity: number } }
