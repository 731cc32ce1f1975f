/**
 * Events the provenance plugin emits beyond `certificate.<status>`, for whatever keeps a copy of a
 * product's provenance (the shop's search index): with `{ id: product_id }` when a product's origin
 * county is set, and `{ id: certificate_id, product_ids }` when a certificate's products change.
 */
export const PROVENANCE_EVENTS = {
  PRODUCT_ORIGIN_SET: "product.origin_set",
  CERTIFICATE_PRODUCTS_LINKED: "certificate.products_linked",
} as const
