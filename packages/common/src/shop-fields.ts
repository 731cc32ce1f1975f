/**
 * The fields the shop asks Medusa's store product routes for: a product card's (prices for the
 * region, origin county, certificates through our links). The catalog benchmark asks the same.
 */
export const PROVENANCE_FIELDS =
  "+division.code,+division.name,+division.parent_code,+division.is_poverty_exit,+division.is_key_assistance," +
  "+certificates.id,+certificates.type,+certificates.number,+certificates.status,+certificates.valid_from,+certificates.valid_to"
export const CARD_FIELDS = `id,title,subtitle,handle,thumbnail,created_at,*variants.calculated_price,${PROVENANCE_FIELDS}`
