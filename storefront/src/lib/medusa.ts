import "server-only"
import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type { CertificateStatus, CertificateType } from "../../../plugins/provenance/src/lib/certificate-rules"

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

/** Provenance as the provenance plugin serves it on store products. */
export interface ProductProvenance {
  division?: { code: string; name: string; is_poverty_exit: boolean; is_key_assistance: boolean } | null
  certificates?: { type: CertificateType; number: string; status: CertificateStatus; valid_from: string; valid_to: string }[] | null
}
export type ShopProduct = HttpTypes.StoreProduct & ProductProvenance

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

/** The China region (CNY); prices are calculated for it. */
export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  const { regions } = await sdk().store.region.list({ limit: 1, currency_code: "cny" } as HttpTypes.StoreRegionFilters)
  const region = regions[0]
  if (!region) throw new Error("No CNY region: seed the store (npm start does it on first run).")
  return region
}

export async function listProducts(regionId: string, limit = 20): Promise<ShopProduct[]> {
  const { products } = await sdk().store.product.list({
    limit,
    region_id: regionId,
    fields:
      "id,title,subtitle,handle,thumbnail,*variants.calculated_price," +
      "+division.code,+division.name,+division.is_poverty_exit,+division.is_key_assistance," +
      "+certificates.type,+certificates.number,+certificates.status,+certificates.valid_from,+certificates.valid_to",
  })
  return products as ShopProduct[]
}

/** Public verification by number; null when no certificate has that number. */
export async function findCertificates(number: string): Promise<PublicCertificate[] | null> {
  try {
    const { certificates } = await sdk().client.fetch<{ certificates: PublicCertificate[] }>(
      `/store/certificates/${encodeURIComponent(number)}`
    )
    return certificates
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}
