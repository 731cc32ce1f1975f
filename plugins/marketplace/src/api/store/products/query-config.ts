/**
 * What a shopper may read of a product's supplier (`fields=+supplier.name`): its public face, no 信用代码 or
 * contacts. Columns only: allowing the relation itself (`supplier`) would let `*supplier` expand to every column.
 */
export const STORE_SUPPLIER_FIELDS = ["supplier.id", "supplier.name", "supplier.entity_type", "supplier.county_code"]
