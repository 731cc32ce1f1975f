import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BUYER_ATTRIBUTION_FIELDS } from "./query-config"

/**
 * Lets the signed-in customer's order list carry each order's attribution (`fields=+order_attribution.unit_name`).
 * Only the list, which Medusa scopes to the customer; a single order is read by id without sign-in, so its
 * attribution has its own route (`/store/orders/:id/attribution`).
 */
export function allowAttributionFieldsOnOrderList(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET" && req.originalUrl.split("?")[0].replace(/\/$/, "") === "/store/orders") {
    // columns only: allowing the relation itself would let `*order_attribution` expand to every column
    req.allowed.push(...BUYER_ATTRIBUTION_FIELDS.map((f) => `order_attribution.${f}`))
  }
  next()
}
