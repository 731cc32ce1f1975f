/** Events a supplier part emits once the supplier has recorded its shipment or its 发票, with the part's `{ id }`. */
export const SUPPLIER_PART_EVENTS = { SHIPPED: "supplier_part.shipped", INVOICED: "supplier_part.invoiced" } as const

/** Emitted once per supplier part when a placed order is split, with the part's `{ id }`. */
export const SUPPLIER_PART_CREATED = "supplier_part.created"
