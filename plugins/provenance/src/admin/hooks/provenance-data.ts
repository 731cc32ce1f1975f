import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CertificateStatus, CertificateType } from "@zhunong/common/certificate-rules"
import { sdk } from "@zhunong/common/admin/sdk"

export type Division = { id: string; code: string; name: string; is_poverty_exit: boolean; is_key_assistance: boolean }
type Certificate = { id: string; type: CertificateType; number: string; status: CertificateStatus; valid_to: string }
export type Provenance = { division: Division | null; certificates: Certificate[] | null }

/** Query keys: a product's provenance, and county lookups by name or code. */
const keys = {
  product: (id: string) => ["provenance", "product", id] as const,
  counties: (term: string) => ["provenance", "counties", term] as const,
}

/** The product's origin county and linked certificates. */
export const useProductProvenance = (productId: string) =>
  useQuery({
    queryKey: keys.product(productId),
    queryFn: () =>
      sdk.client.fetch<{ product: Provenance }>(`/admin/products/${productId}?fields=id,*division,*certificates`),
  })

/** Counties whose name or code matches `term` (two characters at least). */
export const useCountySearch = (term: string) =>
  useQuery({
    queryKey: keys.counties(term),
    queryFn: () =>
      sdk.client.fetch<{ divisions: (Division & { parent_code: string })[] }>(
        `/admin/divisions?level=county&limit=8&q=${encodeURIComponent(term)}`
      ),
    enabled: term.length >= 2,
  })

export const useSetOrigin = (productId: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (countyCode: string) =>
      sdk.client.fetch(`/admin/products/${productId}/origin`, { method: "POST", body: { county_code: countyCode } }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.product(productId) }),
  })
}

/** Links every certificate with this number (one per type) to the product. */
export const useLinkCertificate = (productId: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (number: string) => {
      const { certificates } = await sdk.client.fetch<{ certificates: { id: string }[] }>(
        `/admin/certificates?number=${encodeURIComponent(number)}`
      )
      if (!certificates.length) throw new Error(`没有编号为 ${number} 的证书`)
      for (const c of certificates) {
        await sdk.client.fetch(`/admin/certificates/${c.id}/products`, { method: "POST", body: { add: [productId] } })
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.product(productId) }),
  })
}

/** 加载全国行政区划: loads every division of mainland China once (idempotent). */
export const useLoadDivisions = () =>
  useMutation({
    mutationFn: () => sdk.client.fetch<{ total: number; created: number }>("/admin/divisions/load", { method: "POST" }),
  })

/** A CSV import (pairings, county flags): the CSV text to `path`; a refusal lists the bad rows. */
export const useCsvImport = (path: string) =>
  useMutation({ mutationFn: (csv: string) => sdk.client.fetch<unknown>(path, { method: "POST", body: { csv } }) })
