import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketplaceModule from "../modules/marketplace"

/** The supplier that lists and ships a product: one per product, many products per supplier. */
export default defineLink(MarketplaceModule.linkable.supplier, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
