import { model } from "@medusajs/framework/utils"
import { DEFAULT_UNION_WELFARE_PER_MEMBER_FEN } from "@zhunong/common/purchase-rules"
import { BuyingUnit } from "./buying-unit"

/**
 * What a unit declares for a calendar year: the bases its targets are shares of, and the union
 * welfare allowance. Money in integer fen.
 */
export const UnitBasis = model
  .define("unit_basis", {
    id: model.id({ prefix: "unitbase" }).primaryKey(),
    year: model.number(),
    /** 食堂食材采购总额 */
    canteen_total_fen: model.bigNumber().nullable(),
    /** 法定节日慰问品发放总额 */
    holiday_gift_total_fen: model.bigNumber().nullable(),
    /** 工会会员人数 */
    union_members: model.number().nullable(),
    /** 工会经费职工福利标准（每人每年） */
    union_welfare_per_member_fen: model.number().default(DEFAULT_UNION_WELFARE_PER_MEMBER_FEN),
    unit: model.belongsTo(() => BuyingUnit, { mappedBy: "bases" }),
  })
  .indexes([{ on: ["unit_id", "year"], unique: true, where: "deleted_at IS NULL" }])
