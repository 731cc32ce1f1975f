import { model } from "@medusajs/framework/utils"

/**
 * 通报: a dated, kept copy of a 预留份额 call's ranking as it stood when the office generated it —
 * coverage, and each unit's reserved amount, amount bought and completion — so a later bulletin
 * can be compared with this one. Never changed after it is written.
 */
export const ShareBulletin = model
  .define("share_bulletin", {
    id: model.id({ prefix: "shbul" }).primaryKey(),
    campaign_id: model.text(),
    title: model.text(),
    /** The Asia/Shanghai date the figures are as of. */
    as_of: model.text(),
    office_name: model.text(),
    coverage: model.json(),
    /** [{ rank, unit_id, unit_name, status, reserved_fen, bought_fen, completion_bp, behind }] */
    rows: model.json(),
  })
  .indexes([{ on: ["campaign_id", "created_at"] }])
