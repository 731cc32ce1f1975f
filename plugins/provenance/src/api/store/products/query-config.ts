/** Provenance fields a shopper may ask for with `fields=`; nothing about the supplier's evidence. */
export const STORE_PROVENANCE_FIELDS = [
  "division.code",
  "division.name",
  "division.parent_code",
  "division.is_poverty_exit",
  "division.is_key_assistance",
  "certificates.id",
  "certificates.type",
  "certificates.number",
  "certificates.status",
  "certificates.issuer",
  "certificates.issuer_level",
  "certificates.supplier_name",
  "certificates.valid_from",
  "certificates.valid_to",
  "certificates.beneficiaries",
  "certificates.poverty_mechanism",
]
