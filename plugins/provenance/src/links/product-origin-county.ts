import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProvenanceModule from "../modules/provenance"

/**
 * A product's origin county (产地县): one county per product, many products per county.
 * Read as `product.division`. The set-origin workflow replaces the link rather than adding a second one.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  ProvenanceModule.linkable.division
)
