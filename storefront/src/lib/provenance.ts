import { shanghaiDate } from "../../../plugins/provenance/src/lib/dates"
import type { ProductProvenance } from "./medusa"

// One set of certificate names for the whole product, kept beside the lifecycle in the plugin.
export {
  STATUS_LABELS as CERTIFICATE_STATUS_LABELS,
  TYPE_LABELS as CERTIFICATE_TYPE_LABELS,
} from "../../../plugins/provenance/src/lib/certificate-rules"

/** The certificates that hold today: published (valid) and inside their validity window. */
export function validCertificates(product: ProductProvenance) {
  const today = shanghaiDate(new Date())
  return (product.certificates ?? []).filter((c) => c.status === "valid" && c.valid_from <= today && today <= c.valid_to)
}
