import { queryConfig } from "@zhunong/common/server/query-config"

/** A supplier's own listing: what its portal shows and edits, nothing of other suppliers or buyers. */
export const supplierListingQueryConfig = queryConfig(
  [
    "id",
    "title",
    "subtitle",
    "description",
    "handle",
    "status",
    "thumbnail",
    "images.url",
    "created_at",
    "updated_at",
    "division.code",
    "division.name",
    "certificates.id",
    "certificates.type",
    "certificates.number",
    "certificates.status",
    "certificates.valid_to",
    "variants.id",
    "variants.title",
    "variants.sku",
    "variants.prices.amount",
    "variants.prices.currency_code",
    "variants.inventory_items.inventory.location_levels.location_id",
    "variants.inventory_items.inventory.location_levels.stocked_quantity",
    "variants.inventory_items.inventory.location_levels.reserved_quantity",
  ],
  { restricted: true }
)
