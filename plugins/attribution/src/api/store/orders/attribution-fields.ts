import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * What the buyer may read of an order's attribution (`fields=+order_attribution.unit_name`): whom it
 * was credited to and how, not the unit's 信用代码 or jurisdiction chain.
 */
export const STORE_ATTRIBUTION_FIELDS = [
  "order_attribution",
  "order_attribution.unit_id",
  "order_attribution.unit_name",
  "order_attribution.unit_type",
  "order_attribution.member_role",
  "order_attribution.channel",
  "order_attribution.funding",
  "order_attribution.attributed_at",
]

export function allowAttributionFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET") req.allowed = [...(req.allowed ?? []), ...STORE_ATTRIBUTION_FIELDS]
  next()
}
