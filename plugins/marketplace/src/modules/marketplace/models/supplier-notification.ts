import { model } from "@medusajs/framework/utils"
import { SUPPLIER_NOTIFICATION_KINDS } from "@zhunong/common/supplier-rules"
import { Supplier } from "./supplier"

/**
 * One entry of a supplier's inbox (通知): something that needs the supplier, written when it
 * happens. `dedupe_key` names the happening (`part:<id>`, `certificate:<id>:valid`…), so an event
 * delivered twice writes one entry.
 */
export const SupplierNotification = model
  .define("supplier_notification", {
    id: model.id({ prefix: "snote" }).primaryKey(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "notifications" }),
    kind: model.enum([...SUPPLIER_NOTIFICATION_KINDS]),
    title: model.text(),
    body: model.text().nullable(),
    /** Where in the supplier portal the entry leads, e.g. /supplier/orders?status=to_ship. */
    link: model.text().nullable(),
    dedupe_key: model.text(),
    read_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["supplier_id", "dedupe_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["supplier_id", "read_at", "created_at"] },
  ])
