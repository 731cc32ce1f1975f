import { model } from "@medusajs/framework/utils"
import { ENTITY_TYPES, SUPPLIER_STATUSES } from "@zhunong/common/supplier-rules"
import { SupplierEvent } from "./supplier-event"
import { SupplierFile } from "./supplier-file"
import { SupplierNotification } from "./supplier-notification"
import { SupplierPart } from "./supplier-part"
import { SupplierUser } from "./supplier-user"

/**
 * A supplier (供应商): an enterprise, cooperative or family farm registered in an eligible county
 * (a 脱贫县 or a paired county). It sells products of its own county and of the counties an
 * operator allows it to source from (`sourcing_county_codes`). Its stock is kept at its own stock
 * location, created when it is approved.
 */
export const Supplier = model
  .define("supplier", {
    id: model.id({ prefix: "sup" }).primaryKey(),
    name: model.text().searchable(),
    /** 统一社会信用代码, validated with its check digit (GB 32100-2015). */
    uscc: model.text(),
    entity_type: model.enum([...ENTITY_TYPES]),
    county_code: model.text(),
    sourcing_county_codes: model.array().nullable(),
    contact_name: model.text(),
    contact_phone: model.text(),
    address: model.text().nullable(),
    status: model.enum([...SUPPLIER_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    users: model.hasMany(() => SupplierUser, { mappedBy: "supplier" }),
    events: model.hasMany(() => SupplierEvent, { mappedBy: "supplier" }),
    parts: model.hasMany(() => SupplierPart, { mappedBy: "supplier" }),
    notifications: model.hasMany(() => SupplierNotification, { mappedBy: "supplier" }),
    files: model.hasMany(() => SupplierFile, { mappedBy: "supplier" }),
  })
  .cascades({ delete: ["users", "events", "notifications", "files"] })
  .indexes([{ on: ["uscc"], unique: true, where: "deleted_at IS NULL" }, { on: ["status"] }, { on: ["county_code"] }])
