import { model } from "@medusajs/framework/utils"
import { UNIT_TYPES } from "@zhunong/common/purchase-rules"
import { UnitInvite } from "./unit-invite"
import { Membership } from "./membership"
import { UnitBasis } from "./unit-basis"
import { UnitEmailDomain } from "./unit-email-domain"

/**
 * A buying unit (采购单位). `jurisdiction_code` is the jurisdiction it is assessed in, which may
 * differ from where it sits (慈溪: city-level departments do not count for their town).
 * `parent_id` is its 主管单位; the workflows refuse a cycle.
 */
export const BuyingUnit = model
  .define("buying_unit", {
    id: model.id({ prefix: "unit" }).primaryKey(),
    name: model.text().searchable(),
    /** 统一社会信用代码, validated with its check digit (GB 32100-2015). */
    uscc: model.text(),
    type: model.enum([...UNIT_TYPES]),
    parent_id: model.text().nullable(),
    jurisdiction_code: model.text(),
    address: model.text().nullable(),
    status: model.enum(["active", "inactive"]).default("active"),
    email_domains: model.hasMany(() => UnitEmailDomain, { mappedBy: "unit" }),
    bases: model.hasMany(() => UnitBasis, { mappedBy: "unit" }),
    memberships: model.hasMany(() => Membership, { mappedBy: "unit" }),
    invites: model.hasMany(() => UnitInvite, { mappedBy: "unit" }),
  })
  .cascades({ delete: ["email_domains", "bases", "invites"] })
  .indexes([
    { on: ["uscc"], unique: true, where: "deleted_at IS NULL" },
    { on: ["parent_id"] },
    { on: ["jurisdiction_code"] },
  ])
