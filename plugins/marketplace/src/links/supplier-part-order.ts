import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** `supplier_part.order`: the order a part belongs to (number, date, address, items). */
export default defineLink(
  { linkable: MarketplaceModule.linkable.supplierPart, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
