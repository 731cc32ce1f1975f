import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** `order.supplier_parts`: how the order is split between suppliers, found by `order_id`. */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...MarketplaceModule.linkable.supplierPart.id, primaryKey: "order_id" },
  { readOnly: true, isList: true }
)
