import { queryConfig } from "@zhunong/common/server/query-config"

/** An office account as operators list it and as creating one answers with it (never its login secrets). */
export const adminOfficeQueryConfig = queryConfig([
  "id",
  "email",
  "name",
  "office_name",
  "office_type",
  "jurisdiction_code",
  "status",
  "created_at",
])
