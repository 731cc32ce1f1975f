/**
 * A supplier part of an order and the order it belongs to. A part is read in two queries (parts,
 * then their orders: the order module computes line quantities and totals only when orders are
 * queried directly), so its fields are two fixed lists rather than one `fields` parameter.
 */
export const PART_FIELDS = [
  "id",
  "order_id",
  "supplier_id",
  "item_ids",
  "carrier",
  "tracking_number",
  "shipped_at",
  "invoice_number",
  "invoice_file",
  "invoiced_at",
  "accepted_at",
  "rating",
  "rating_comment",
  "created_at",
]

/** What a part shows of its order: number, date, status and delivery address, and the lines (the caller keeps only the part's own). */
export const PART_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "canceled_at",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.address_1",
  "shipping_address.postal_code",
  // An order line's quantity lives on its detail row, which `items.*` brings along; the order module
  // computes line totals only when an order-level total is asked for too.
  "item_total",
  "items.*",
  "items.total",
]
