import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AttributionModule from "../modules/attribution"

/** `order.order_attribution`: the snapshot written at checkout, found by its `order_id`. */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...AttributionModule.linkable.orderAttribution.id, primaryKey: "order_id" },
  { readOnly: true }
)
