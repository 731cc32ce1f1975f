import { model } from "@medusajs/framework/utils"
import { CHANNELS, FUNDINGS } from "@zhunong/common/purchase-rules"

/**
 * A purchase a unit made off the platform (展销会, 消费帮扶专柜, a direct contract), registered with its
 * evidence and counted once an office of the unit's jurisdiction verifies it. The unit is snapshotted
 * as it was when registered; money in integer fen.
 */
export const OfflinePurchase = model
  .define("offline_purchase", {
    id: model.id({ prefix: "offp" }).primaryKey(),
    unit_id: model.text(),
    unit_name: model.text(),
    unit_type: model.text(),
    unit_parent_chain: model.json().nullable(),
    jurisdiction_code: model.text(),
    jurisdiction_chain: model.json(),
    registered_by: model.text(),
    supplier_name: model.text(),
    supplier_uscc: model.text().nullable(),
    description: model.text(),
    county_code: model.text(),
    amount_fen: model.number(),
    purchase_date: model.text(),
    purchase_type: model.enum(["direct", "helped"]),
    channel: model.enum([...CHANNELS]),
    funding: model.enum([...FUNDINGS]),
    invoice_numbers: model.array(),
    contract_number: model.text().nullable(),
    evidence: model.json().nullable(),
    status: model.enum(["pending", "verified", "rejected"]).default("pending"),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["jurisdiction_code", "status"] }, { on: ["unit_id"] }])
