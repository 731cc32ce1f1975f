import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificatesValidAt, type CertificateHistory } from "../lib/certified-on"

/** Each product's certificates with their lifecycle history: one query for any number of products. */
export async function certificateHistories(
  container: MedusaContainer,
  productIds: string[]
): Promise<Map<string, CertificateHistory[]>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "id",
      "certificates.id",
      "certificates.type",
      "certificates.number",
      "certificates.valid_from",
      "certificates.valid_to",
      "certificates.events.to_status",
      "certificates.events.occurred_at",
    ],
    filters: { id: productIds },
  })
  const products = data as unknown as { id: string; certificates?: CertificateHistory[] | null }[]
  return new Map(products.map((p) => [p.id, p.certificates ?? []]))
}

/**
 * What the ledger asks: for each product, the certificates (optionally of one type) that made a
 * sale at `at` count — an instant, or a Shanghai calendar date `YYYY-MM-DD` meaning the end of that
 * day. One query for any number of products.
 */
export async function certificatesValidForProducts(
  container: MedusaContainer,
  productIds: string[],
  at: Date | string,
  type?: string
): Promise<Map<string, CertificateHistory[]>> {
  const histories = await certificateHistories(container, productIds)
  return new Map([...histories].map(([id, certificates]) => [id, certificatesValidAt(certificates, at, type)]))
}
