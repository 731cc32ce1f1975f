import "server-only"
import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"

/**
 * The storefront's one door to the backend. Server-only: the publishable key and backend URL are
 * read at request time from the environment `npm start` provides.
 */
function sdk(): Medusa {
  const baseUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: start the shop with `npm start` or set it to a publishable key.")
  }
  return new Medusa({ baseUrl, publishableKey })
}

/** The China region (CNY); prices are calculated for it. */
export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  const { regions } = await sdk().store.region.list({ limit: 1, currency_code: "cny" } as HttpTypes.StoreRegionFilters)
  const region = regions[0]
  if (!region) throw new Error("No CNY region: seed the store (npm start does it on first run).")
  return region
}

export async function listProducts(regionId: string, limit = 20): Promise<HttpTypes.StoreProduct[]> {
  const { products } = await sdk().store.product.list({
    limit,
    region_id: regionId,
    fields: "id,title,subtitle,handle,thumbnail,*variants.calculated_price",
  })
  return products
}
