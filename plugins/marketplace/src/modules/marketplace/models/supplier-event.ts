import { model } from "@medusajs/framework/utils"
import { statusEventColumns } from "@zhunong/common/server/status-event"
import { Supplier } from "./supplier"

/** One status change of a supplier: who, when, from what, to what, and why. */
export const SupplierEvent = model
  .define("supplier_event", {
    id: model.id({ prefix: "supev" }).primaryKey(),
    ...statusEventColumns(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "events" }),
  })
  .indexes([{ on: ["supplier_id", "occurred_at"] }])
