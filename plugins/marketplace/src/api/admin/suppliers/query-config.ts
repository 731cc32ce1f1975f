import { queryConfig } from "@zhunong/common/server/query-config"

/** A supplier as the approval queue lists it and as a status change answers with it. */
export const adminSupplierQueryConfig = queryConfig([
  "id",
  "name",
  "uscc",
  "entity_type",
  "county_code",
  "sourcing_county_codes",
  "contact_name",
  "contact_phone",
  "status",
  "status_reason",
  "created_at",
])
