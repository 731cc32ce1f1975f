import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AttributionModule from "../modules/attribution"

/** `order_attribution.order`: lists a unit's orders from its attribution rows. */
export default defineLink(
  { linkable: AttributionModule.linkable.orderAttribution, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
