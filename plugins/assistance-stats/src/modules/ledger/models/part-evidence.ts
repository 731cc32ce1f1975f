import { model } from "@medusajs/framework/utils"

/**
 * What proves a supplier part of a sale was shipped and invoiced, recorded beside the ledger (whose
 * rows never change) when the supplier records it, so the 台账 shows the evidence known by now. One
 * row per order and part, holding the part's latest shipment and invoice.
 */
export const PartEvidence = model
  .define("part_evidence", {
    id: model.id({ prefix: "pev" }).primaryKey(),
    order_id: model.text(),
    /** The supplier id of the part; `platform` for lines no supplier sells (as in `completion_step`). */
    part_key: model.text(),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    invoice_number: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "part_key"], unique: true }])
