import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "@zhunong/common/purchase-rules"
import { BuyingUnit } from "./buying-unit"

/**
 * An invite code (or the link carrying it) a unit admin hands out. Joining with it makes a pending
 * membership with `role`, or an active one when `auto_approve`. Expiring and revocable.
 */
export const UnitInvite = model
  .define("unit_invite", {
    id: model.id({ prefix: "uinv" }).primaryKey(),
    code: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("member"),
    auto_approve: model.boolean().default(false),
    expires_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    max_uses: model.number().nullable(),
    used_count: model.number().default(0),
    created_by: model.text(),
    unit: model.belongsTo(() => BuyingUnit, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["code"], unique: true }])
