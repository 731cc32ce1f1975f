import { queryConfig } from "@zhunong/common/server/query-config"

/** A supplier's own certificate: its lifecycle with history, and the products it covers. */
export const supplierCertificateQueryConfig = queryConfig(
  [
    "id",
    "type",
    "number",
    "batch",
    "issuer",
    "issuer_level",
    "status",
    "status_reason",
    "valid_from",
    "valid_to",
    "publicity_from",
    "publicity_to",
    "evidence",
    "created_at",
    "events.from_status",
    "events.to_status",
    "events.actor_type",
    "events.reason",
    "events.occurred_at",
    "products.id",
    "products.title",
  ],
  { restricted: true }
)
