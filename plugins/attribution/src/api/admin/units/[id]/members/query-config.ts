import { queryConfig } from "@zhunong/common/server/query-config"

/** The fields of a member a unit admin or an operator sees. */
export const MEMBER_FIELDS = [
  "id",
  "unit_id",
  "role",
  "status",
  "joined_via",
  "created_at",
  "decided_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
]

export const adminMemberQueryConfig = queryConfig(MEMBER_FIELDS)
/** A unit admin reads its own members through these and nothing more (not their addresses). */
export const storeMemberQueryConfig = queryConfig(MEMBER_FIELDS, { restricted: true })
