import { shanghaiDate } from "@zhunong/common/dates"
import {
  STATUS_LABELS,
  TYPE_LABELS,
  type CertificateStatus,
  type CertificateType,
} from "@zhunong/common/certificate-rules"
export { CERTIFICATE_TYPES } from "@zhunong/common/certificate-rules"
import type { ProductProvenance } from "./data/catalog"

/** The certificates that hold today: published (valid) and inside their validity window. */
export function validCertificates(product: ProductProvenance) {
  const today = shanghaiDate(new Date())
  return (product.certificates ?? []).filter(
    (c) => c.status === "valid" && c.valid_from <= today && today <= c.valid_to
  )
}

const TYPE_EN: Record<CertificateType, string> = {
  assistance_product: "Assistance product",
  baixian_baipin: "100 counties, 100 products",
  geographical_indication: "Geographical indication",
  green_food: "Green food",
  organic: "Organic",
  platform_832: "832 platform",
  other: "Other",
}
const STATUS_EN: Record<CertificateStatus, string> = {
  applied: "Applied",
  under_review: "Under review",
  publicity: "In publicity",
  valid: "Valid",
  rejected: "Rejected",
  suspended: "Suspended",
  revoked: "Revoked",
  expired: "Expired",
}

/** Certificate names: the plugin's Chinese wording, or English. */
export function certificateType(type: CertificateType, locale: string): string {
  return locale === "en" ? TYPE_EN[type] : TYPE_LABELS[type]
}
export function certificateStatus(status: CertificateStatus, locale: string): string {
  return locale === "en" ? STATUS_EN[status] : STATUS_LABELS[status]
}
