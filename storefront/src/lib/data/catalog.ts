import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import type { CertificateStatus, CertificateType } from "@zhunong/common/certificate-rules"
import { CARD_FIELDS, PROVENANCE_FIELDS } from "@zhunong/common/shop-fields"
import { sdk, shared } from "./client"

/** Provenance and supplier as the plugins serve them on store products. */
export interface ProductProvenance {
  division?: {
    code: string
    name: string
    parent_code?: string
    is_poverty_exit: boolean
    is_key_assistance: boolean
  } | null
  certificates?:
    | {
        id: string
        type: CertificateType
        number: string
        status: CertificateStatus
        issuer?: string
        valid_from: string
        valid_to: string
        beneficiaries?: number | null
        poverty_mechanism?: string | null
      }[]
    | null
  supplier?: { id: string; name: string; entity_type: string; county_code: string } | null
}
export type ShopProduct = HttpTypes.StoreProduct & ProductProvenance

export interface OriginCounty {
  code: string
  name: string
  is_poverty_exit: boolean
  is_key_assistance: boolean
  prefecture: { code: string; name: string | null }
  province: { code: string; name: string | null }
  product_count: number
}

export interface CountyPage {
  code: string
  name: string
  is_poverty_exit: boolean
  is_key_assistance: boolean
  path: string[]
  pairings: {
    jurisdiction_code: string
    jurisdiction_name: string
    pairing_type_label: string
    label: string
    through: string | null
  }[]
}

export interface PublicCertificate {
  id: string
  type: CertificateType
  number: string
  issuer: string
  supplier_name: string
  county_path: string[]
  poverty_mechanism: string | null
  beneficiaries: number | null
  valid_from: string
  valid_to: string
  status: CertificateStatus
  valid_today: boolean
  products: { id: string; title: string; handle: string }[]
}

/** The China region (CNY); prices are calculated for it. Asked once per request, however many lists a page shows. */
export const getRegion = cache(async (): Promise<HttpTypes.StoreRegion> => {
  const { regions } = await sdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { limit: 1, currency_code: "cny" },
    ...shared("region"),
  })
  const region = regions[0]
  if (!region) throw new Error("No CNY region: seed the store (npm start does it on first run).")
  return region
})

/** Store products with our plugins' fields, shared by every shopper (prices are the region's, not a customer group's). */
async function listProducts(query: Record<string, string | number>): Promise<ShopProduct[]> {
  const { products } = await sdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query,
    ...shared("products"),
  })
  return products as ShopProduct[]
}

/** The lowest price of a product's variants in yuan, as the shop shows "from …". */
export function fromPrice(product: HttpTypes.StoreProduct): number | null {
  const prices = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return prices.length ? Math.min(...prices) : null
}

/**
 * The newest products, or the newest with a certificate valid today, for the home page. The
 * catalog page searches the search index instead (lib/data/search).
 */
export async function listNewestProducts({ certified = false } = {}, limit = 8): Promise<ShopProduct[]> {
  const region = await getRegion()
  return listProducts({
    limit,
    region_id: region.id,
    fields: CARD_FIELDS,
    order: "-created_at",
    ...(certified ? { certified: "true" } : {}),
  })
}

export async function getProduct(handle: string): Promise<ShopProduct | null> {
  const region = await getRegion()
  const products = await listProducts({
    handle,
    limit: 1,
    region_id: region.id,
    fields:
      "id,title,subtitle,handle,description,thumbnail,*images,*options,*options.values,*categories," +
      "*variants,*variants.options,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory," +
      `${PROVENANCE_FIELDS},+certificates.issuer,+certificates.beneficiaries,+certificates.poverty_mechanism,` +
      "+supplier.id,+supplier.name,+supplier.entity_type,+supplier.county_code",
  })
  return products[0] ?? null
}

/** A county's products with their suppliers, for the county page. */
export async function listCountyProducts(countyCode: string): Promise<ShopProduct[]> {
  const region = await getRegion()
  return listProducts({
    county_code: countyCode,
    limit: 100,
    region_id: region.id,
    fields: `${CARD_FIELDS},+supplier.id,+supplier.name,+supplier.entity_type`,
  })
}

export async function listCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await sdk().client.fetch<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { query: { fields: "id,name,handle", limit: 100 }, ...shared("categories") }
  )
  return product_categories
}

export async function listOriginCounties(): Promise<OriginCounty[]> {
  const { counties } = await sdk().client.fetch<{ counties: OriginCounty[] }>(
    "/store/origin-counties",
    shared("origins")
  )
  return counties
}

/** One origin county; null when the code names no county. */
export async function getCounty(code: string): Promise<CountyPage | null> {
  try {
    const { county } = await sdk().client.fetch<{ county: CountyPage }>(
      `/store/origin-counties/${encodeURIComponent(code)}`,
      shared("origins")
    )
    return county
  } catch (error) {
    if ([400, 404].includes((error as { status?: number }).status ?? 0)) return null
    throw error
  }
}

/** Public verification by number; null when no certificate has that number. */
export async function findCertificates(number: string): Promise<PublicCertificate[] | null> {
  try {
    const { certificates } = await sdk().client.fetch<{ certificates: PublicCertificate[] }>(
      `/store/certificates/${encodeURIComponent(number)}`,
      shared("certificates")
    )
    return certificates
  } catch (error) {
    if ([400, 404].includes((error as { status?: number }).status ?? 0)) return null
    throw error
  }
}
