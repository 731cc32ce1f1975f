import { queryConfig } from "@zhunong/common/server/query-config"

/** An entry of the supplier's inbox. */
export const supplierNotificationQueryConfig = queryConfig(
  ["id", "kind", "title", "body", "link", "read_at", "created_at"],
  { restricted: true }
)
