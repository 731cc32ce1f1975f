import { z } from "zod"
import { CERTIFICATE_STATUSES } from "./certificate-rules"
import { PROVENANCE_EVENTS } from "./provenance-events"

/** Every certificate status, as the events `certificate.<status>` the provenance plugin emits. */
export const CERTIFICATE_EVENTS = CERTIFICATE_STATUSES.map((s) => `certificate.${s}`)

/**
 * Everything that changes what the shop shows of a product: the product and its variants (prices
 * arrive with variant updates), stock (levels and reservations), its origin county, its
 * certificates, its supplier's status. The search index and the shop's page cache both follow them.
 */
export const PRODUCT_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  PROVENANCE_EVENTS.PRODUCT_ORIGIN_SET,
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  ...CERTIFICATE_EVENTS,
  PROVENANCE_EVENTS.CERTIFICATE_PRODUCTS_LINKED,
  "supplier.approved",
  "supplier.suspended",
  "supplier.terminated",
]

/**
 * The storefront's cache tags: each names backend reads every shopper sees the same, kept in
 * Next's data cache until an event below says they changed.
 * - products: product lists, product pages, search results, a county's products
 * - origins: the origin-county tree and county pages (which counties have products)
 * - certificates: public certificate verification
 * - categories, region: the category list, the CNY region prices are calculated in
 */
export const SHOP_CACHE_TAGS = ["products", "origins", "certificates", "categories", "region"] as const
export type ShopCacheTag = (typeof SHOP_CACHE_TAGS)[number]

/** What the backend sends the storefront's POST /api/revalidate. */
export const RevalidateBody = z.object(
  {
    tags: z
      .array(z.enum(SHOP_CACHE_TAGS, "tags: 未知的缓存标签"), "tags: 应为缓存标签的列表")
      .min(1, "tags: 至少一个缓存标签"),
  },
  "body: 应为 JSON 对象"
)

const ORIGIN_EVENTS = new Set<string>([
  "product.created",
  "product.updated",
  "product.deleted",
  PROVENANCE_EVENTS.PRODUCT_ORIGIN_SET,
  "supplier.approved",
  "supplier.suspended",
  "supplier.terminated",
])

/** The events the backend tells the storefront about, each with the tags it makes stale. */
export function shopCacheTagsOf(event: string): ShopCacheTag[] {
  const tags: ShopCacheTag[] = []
  if (PRODUCT_EVENTS.includes(event)) tags.push("products")
  // stock and prices move all day; the origin tree only when a product appears, goes or moves county
  if (ORIGIN_EVENTS.has(event)) tags.push("origins")
  if (event.startsWith("certificate.")) tags.push("certificates")
  if (event.startsWith("product-category.")) tags.push("categories")
  if (event.startsWith("region.")) tags.push("region")
  return tags
}

export const SHOP_CACHE_EVENTS = [
  ...PRODUCT_EVENTS,
  "product-category.created",
  "product-category.updated",
  "product-category.deleted",
  "region.updated",
]
