import { model } from "@medusajs/framework/utils"

/**
 * A target (目标/预留份额) of a year: the sum of counted purchases, either of a whole jurisdiction
 * (scope `jurisdiction`: e.g. 松江区 ≥ 1亿元) or of each unit of some types in it (scope `unit_type`:
 * e.g. every budget unit's canteen ≥ 10% from 脱贫县) or of one unit; measured as an amount or as a
 * share (basis points) of a base the unit declares; optionally only paired or 脱贫 counties, some
 * channels or fundings.
 */
export const Target = model
  .define("target", {
    id: model.id({ prefix: "tgt" }).primaryKey(),
    name: model.text(),
    year: model.number(),
    /** The jurisdiction the target belongs to; units and purchases are those of its subtree. */
    jurisdiction_code: model.text(),
    scope: model.enum(["jurisdiction", "unit_type", "unit"]),
    unit_types: model.array().nullable(),
    unit_id: model.text().nullable(),
    metric: model.enum(["amount", "share_of_canteen", "share_of_holiday_gifts"]),
    threshold_fen: model.bigNumber().nullable(),
    rate_bp: model.number().nullable(),
    paired_only: model.boolean().default(false),
    poverty_only: model.boolean().default(false),
    channels: model.array().nullable(),
    fundings: model.array().nullable(),
  })
  .indexes([{ on: ["jurisdiction_code", "year"] }, { on: ["unit_id"] }])
