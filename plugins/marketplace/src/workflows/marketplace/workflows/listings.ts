import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createRemoteLinkStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { setProductOriginWorkflow } from "@zhunong/provenance/workflows"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import {
  cnyPrices,
  prepareListingStep,
  setVariantStockStep,
  stockNewVariantsStep,
  type NewListing,
} from "../steps/products"
import { validateListingChangeStep } from "../steps/listing-changes"

export interface ListingInput extends NewListing {
  title: string
  subtitle?: string | null
  description?: string | null
  images?: { url: string }[]
  status: "published" | "draft"
}

/**
 * A supplier lists a product through Medusa's own product workflow: in the shop's sales channel,
 * linked to the supplier, with its origin county (the supplier's own unless it names another it may
 * sell from), variants priced in CNY and stocked at the supplier's location.
 */
export const createListingWorkflow = createWorkflow("create-supplier-listing", (input: ListingInput) => {
  const platform = prepareListingStep(input)
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, platform }, ({ input, platform }) => ({
      products: [
        {
          title: input.title,
          subtitle: input.subtitle ?? undefined,
          description: input.description ?? undefined,
          images: input.images,
          thumbnail: input.images?.[0]?.url,
          status: input.status,
          shipping_profile_id: platform.shipping_profile_id,
          sales_channels: [{ id: platform.channel_id }],
          options: [{ title: "规格", values: input.variants.map((v) => v.title) }],
          variants: input.variants.map((v) => ({
            title: v.title,
            sku: v.sku ?? undefined,
            options: { 规格: v.title },
            manage_inventory: true,
            prices: cnyPrices(v.price_fen),
          })),
        },
      ],
    })),
  })
  const product = transform({ products }, ({ products }) => products[0])
  createRemoteLinkStep(
    transform({ input, product }, ({ input, product }) => [
      { [MARKETPLACE_MODULE]: { supplier_id: input.supplier_id }, [Modules.PRODUCT]: { product_id: product.id } },
    ])
  )
  setProductOriginWorkflow.runAsStep({
    input: transform({ product, platform }, ({ product, platform }) => ({
      product_id: product.id,
      county_code: platform.county_code,
    })),
  })
  stockNewVariantsStep(
    transform({ input, product, platform }, ({ input, product, platform }) => ({
      product_id: product.id,
      location_id: platform.location_id,
      stock_by_title: Object.fromEntries(input.variants.map((v) => [v.title, v.stock])),
    }))
  )
  return new WorkflowResponse(product)
})

export interface ListingChange {
  supplier_id: string
  product_id: string
  title?: string
  subtitle?: string | null
  description?: string | null
  images?: { url: string }[]
  status?: "published" | "draft"
  county_code?: string
}

/** Edits or archives (status `draft`) a supplier's own product; a new origin must be a county it may sell from. */
export const updateListingWorkflow = createWorkflow("update-supplier-listing", (input: ListingChange) => {
  validateListingChangeStep(input)
  const update = transform({ input }, ({ input }) => {
    const { supplier_id: _s, product_id: _p, county_code: _c, ...fields } = input
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
  })
  when({ update }, ({ update }) => Object.keys(update).length > 0).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ input, update }, ({ input, update }) => ({ selector: { id: input.product_id }, update })),
    })
  })
  when({ input }, ({ input }) => !!input.county_code).then(() => {
    setProductOriginWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ product_id: input.product_id, county_code: input.county_code! })),
    })
  })
  return new WorkflowResponse(input.product_id)
})

export interface VariantChange {
  supplier_id: string
  product_id: string
  variant_id: string
  price_fen?: number
  stock?: number
}

/** A supplier's price and stock for one of its variants. */
export const updateVariantWorkflow = createWorkflow("update-supplier-variant", (input: VariantChange) => {
  const checked = validateListingChangeStep(input)
  when({ input }, ({ input }) => input.price_fen !== undefined).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.variant_id, product_id: input.product_id },
        update: { prices: cnyPrices(input.price_fen!) },
      })),
    })
  })
  when({ input }, ({ input }) => input.stock !== undefined).then(() => {
    setVariantStockStep(
      transform({ input, checked }, ({ input, checked }) => ({
        variant_id: input.variant_id,
        location_id: checked.location_id,
        stocked_quantity: input.stock!,
      }))
    )
  })
  return new WorkflowResponse(input.variant_id)
})
