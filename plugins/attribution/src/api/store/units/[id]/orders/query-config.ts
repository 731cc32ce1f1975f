import { queryConfig } from "@zhunong/common/server/query-config"

/** An order credited to the unit as its admin or procurement officer sees it: never the order's items. */
export const storeUnitOrderQueryConfig = queryConfig(
  [
    "id",
    "order_id",
    "channel",
    "funding",
    "amount_fen",
    "member_role",
    "customer_id",
    "attributed_at",
    "order.display_id",
    "order.status",
    "order.email",
    "order.created_at",
  ],
  { restricted: true }
)
