import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES, MEMBERSHIP_STATUSES } from "@zhunong/common/purchase-rules"
import { BuyingUnit } from "./buying-unit"

/**
 * A customer's membership of a buying unit, with one role. pending → active → removed; a removed
 * member who joins again reuses the row, so (unit, customer) stays unique.
 */
export const Membership = model
  .define("membership", {
    id: model.id({ prefix: "mem" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("member"),
    status: model.enum([...MEMBERSHIP_STATUSES]).default("pending"),
    joined_via: model.enum(["invite", "email_domain", "operator"]),
    invite_id: model.text().nullable(),
    /** Who last approved, removed or changed the role: `customer:<id>` or `user:<id>`. */
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    unit: model.belongsTo(() => BuyingUnit, { mappedBy: "memberships" }),
  })
  .indexes([
    { on: ["unit_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id", "status"] },
  ])
