import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProvenanceModule from "../modules/provenance"

/** Certificates cover products: one certificate may name several products and vice versa. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: ProvenanceModule.linkable.certificate, isList: true }
)
