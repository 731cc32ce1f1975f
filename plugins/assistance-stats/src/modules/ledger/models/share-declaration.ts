import { model } from "@medusajs/framework/utils"
import { DECLARATION_KINDS, DECLARATION_STATUSES } from "@zhunong/common/office-forms"

/**
 * A budget unit's answer to a 预留份额 call: its canteen total and reserved share (own or outsourced
 * canteen), or an exemption (no canteen; a shared canteen another unit declares for). Reviewed by
 * its 主管单位 (the parent unit when it has one), then confirmed by the office. One per unit and year;
 * every step and change is kept in `share_declaration_event`. Money in integer fen.
 */
export const ShareDeclaration = model
  .define("share_declaration", {
    id: model.id({ prefix: "shdecl" }).primaryKey(),
    campaign_id: model.text(),
    year: model.number(),
    unit_id: model.text(),
    unit_name: model.text(),
    /** The 主管单位 when declared, who reviews it; null sends it straight to the office. */
    parent_unit_id: model.text().nullable(),
    jurisdiction_code: model.text(),
    kind: model.enum([...DECLARATION_KINDS]),
    canteen_total_fen: model.bigNumber().nullable(),
    reserved_fen: model.bigNumber().nullable(),
    /** 共用食堂: the unit that declares for all; its completion counts the others' purchases once. */
    representative_unit_id: model.text().nullable(),
    representative_unit_name: model.text().nullable(),
    contractor_name: model.text().nullable(),
    status: model.enum([...DECLARATION_STATUSES]).default("submitted"),
    /** Submitted after the call's deadline. */
    late: model.boolean().default(false),
  })
  .indexes([
    { on: ["unit_id", "year"], unique: true, where: "deleted_at IS NULL" },
    { on: ["campaign_id"] },
    { on: ["parent_unit_id", "year"] },
  ])
