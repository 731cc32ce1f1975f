import { queryConfig } from "@zhunong/common/server/query-config"

/** An administrative division (GB/T 2260) with its 脱贫县 and 重点帮扶县 flags. */
export const adminDivisionQueryConfig = queryConfig([
  "id",
  "code",
  "name",
  "level",
  "parent_code",
  "is_poverty_exit",
  "is_key_assistance",
])
