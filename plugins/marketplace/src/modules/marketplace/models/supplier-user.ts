import { model } from "@medusajs/framework/utils"
import { SUPPLIER_USER_ROLES } from "@zhunong/common/supplier-rules"
import { Supplier } from "./supplier"

/**
 * A person who signs in for a supplier (Medusa actor type `supplier`). The owner registers the
 * supplier; staff are invited by the owner with a one-time code (only its hash is kept) and become
 * active when they claim it with their own login.
 */
export const SupplierUser = model
  .define("supplier_user", {
    id: model.id({ prefix: "supu" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    role: model.enum([...SUPPLIER_USER_ROLES]),
    status: model.enum(["invited", "active", "removed"]).default("invited"),
    invite_code_hash: model.text().nullable(),
    invite_expires_at: model.dateTime().nullable(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "users" }),
  })
  .indexes([{ on: ["email"] }, { on: ["supplier_id"] }])
