import type { ProductProvenance } from "./medusa"

// One list of certificate names for the whole product, kept beside the lifecycle in the plugin.
export { TYPE_LABELS as CERTIFICATE_TYPE_LABELS } from "../../../plugins/provenance/src/lib/certificate-rules"

/** Today's calendar day in Asia/Shanghai, YYYY-MM-DD. */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** The certificates that hold today: published (valid) and inside their validity window. */
export function validCertificates(product: ProductProvenance) {
  const today = shanghaiToday()
  return (product.certificates ?? []).filter((c) => c.status === "valid" && c.valid_from <= today && today <= c.valid_to)
}
