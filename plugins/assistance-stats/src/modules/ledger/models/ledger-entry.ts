import { model } from "@medusajs/framework/utils"

/**
 * One row of the 台账: an order line sold (kind `sale`) or taken back (`reversal`, negative amounts),
 * with everything that decided whether it counts snapshotted as it was at that moment. Append-only:
 * nothing is updated or deleted; `entry_key` makes writing the same fact twice impossible, and each
 * row's hash covers the previous row's, so an edit, a deletion or an insertion made outside the
 * ledger shows in `verify`. Amounts in integer fen; `day`/`month` are Asia/Shanghai.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "led" }).primaryKey(),
    seq: model.number(),
    entry_key: model.text(),
    /** `offline`: a purchase made off the platform (展销会, 专柜, contracts), counted once an office verified it. */
    kind: model.enum(["sale", "reversal", "offline"]),
    /** 直接采购 by the buying unit, or 帮助销售 it arranged. */
    purchase_type: model.enum(["direct", "helped"]).default("direct"),
    reverses_key: model.text().nullable(),
    occurred_at: model.dateTime(),
    day: model.text(),
    month: model.text(),
    order_id: model.text(),
    order_display_id: model.number().nullable(),
    order_item_id: model.text(),
    product_id: model.text().nullable(),
    product_title: model.text(),
    variant_title: model.text().nullable(),
    quantity: model.number(),
    amount_fen: model.number(),
    supplier_id: model.text().nullable(),
    supplier_name: model.text().nullable(),
    county_code: model.text().nullable(),
    prefecture_code: model.text().nullable(),
    province_code: model.text().nullable(),
    poverty_exit: model.boolean().default(false),
    /** Certificates valid at the sale: [{ id, type, number }]. */
    certificates: model.json(),
    unit_id: model.text().nullable(),
    unit_name: model.text().nullable(),
    unit_type: model.text().nullable(),
    unit_parent_chain: model.json().nullable(),
    jurisdiction_code: model.text().nullable(),
    jurisdiction_chain: model.json().nullable(),
    channel: model.text(),
    funding: model.text(),
    customer_id: model.text().nullable(),
    /** Pairing types in force between the unit's jurisdiction chain and the county on the sale date. */
    pairing_types: model.json(),
    counted: model.boolean(),
    not_counted_reason: model.text().nullable(),
    /** What proves the sale: payment, shipment tracking, invoice number, as known when written. */
    evidence: model.json().nullable(),
    prev_hash: model.text(),
    hash: model.text(),
  })
  .indexes([
    { on: ["seq"], unique: true },
    { on: ["entry_key"], unique: true },
    { on: ["order_id"] },
    { on: ["month", "counted"] },
    { on: ["unit_id", "month"] },
    { on: ["jurisdiction_code", "month"] },
  ])
