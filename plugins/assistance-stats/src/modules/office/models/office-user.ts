import { model } from "@medusajs/framework/utils"
import { OFFICE_TYPES } from "../../../lib/offices"

/**
 * A person of an office (对口支援办, 乡村振兴局, 总工会…), signing in as Medusa actor type `office`. Created by
 * operators and bound to one jurisdiction: everything the office reads is that jurisdiction's subtree.
 */
export const OfficeUser = model
  .define("office_user", {
    id: model.id({ prefix: "offu" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    office_name: model.text(),
    office_type: model.enum([...OFFICE_TYPES]),
    jurisdiction_code: model.text(),
    status: model.enum(["active", "disabled"]).default("active"),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }, { on: ["jurisdiction_code"] }])
