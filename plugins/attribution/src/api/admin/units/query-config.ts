import { queryConfig } from "@zhunong/common/server/query-config"

/** A buying unit as lists and writes answer with it. */
export const UNIT_FIELDS = [
  "id",
  "name",
  "uscc",
  "type",
  "parent_id",
  "jurisdiction_code",
  "address",
  "status",
  "created_at",
]

export const adminUnitQueryConfig = queryConfig(UNIT_FIELDS)
