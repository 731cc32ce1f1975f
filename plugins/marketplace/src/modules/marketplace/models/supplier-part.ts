import { model } from "@medusajs/framework/utils"
import { Supplier } from "./supplier"

/**
 * A supplier's part of an order: the order's lines whose products the supplier sells, which it
 * alone ships and invoices. One Medusa order is split into parts, never into child orders, so every
 * sale exists once. `supplier_id` is null for lines of products no supplier sells (the platform's).
 */
export const SupplierPart = model
  .define("supplier_part", {
    id: model.id({ prefix: "spart" }).primaryKey(),
    order_id: model.text(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "parts" }).nullable(),
    /** The order line item ids of this part, fixed when the order was placed. */
    item_ids: model.array(),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    invoice_number: model.text().nullable(),
    /** The invoice file in Medusa's file module: { id, url, name }. */
    invoice_file: model.json().nullable(),
    invoiced_at: model.dateTime().nullable(),
    /**
     * The buyer's 验收 and 评价 as the supplier sees them, copied by the buyer's workflows; the
     * append-only record that counts is the ledger's completion history.
     */
    accepted_at: model.dateTime().nullable(),
    rating: model.number().nullable(),
    rating_comment: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id", "supplier_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["supplier_id", "created_at"] },
    { on: ["supplier_id", "invoice_number"], unique: true, where: "invoice_number IS NOT NULL AND deleted_at IS NULL" },
  ])
