import { model } from "@medusajs/framework/utils"
import { Supplier } from "./supplier"

/** One status change of a supplier: who, when, from what, to what, and why. */
export const SupplierEvent = model
  .define("supplier_event", {
    id: model.id({ prefix: "supev" }).primaryKey(),
    from_status: model.text().nullable(),
    to_status: model.text(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
    occurred_at: model.dateTime(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "events" }),
  })
  .indexes([{ on: ["supplier_id", "occurred_at"] }])
