import { queryConfig } from "@zhunong/common/server/query-config"

const CERTIFICATE_FIELDS = [
  "id",
  "type",
  "number",
  "batch",
  "issuer",
  "supplier_name",
  "county_code",
  "status",
  "status_reason",
  "valid_from",
  "valid_to",
  "evidence",
  "created_at",
]

/** A certificate as the review queue lists it and as an application or a status change answers with it. */
export const adminCertificateQueryConfig = queryConfig(CERTIFICATE_FIELDS)
