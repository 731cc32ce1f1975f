/** What a buyer may read of an order's attribution: whom it was credited to and how, not the unit's 信用代码 or jurisdiction chain. */
export const BUYER_ATTRIBUTION_FIELDS = [
  "unit_id",
  "unit_name",
  "unit_type",
  "member_role",
  "channel",
  "funding",
  "attributed_at",
] as const
