import { model } from "@medusajs/framework/utils"

/**
 * An office's 预留份额 call for a year (832's 采购人管理系统): the budget units of its jurisdiction
 * subtree declare their canteen food-procurement total and the share reserved for 脱贫地区 products
 * (at least `rate_bp`) by `deadline` (Asia/Shanghai date). One per jurisdiction and year.
 */
export const ShareCampaign = model
  .define("share_campaign", {
    id: model.id({ prefix: "shcamp" }).primaryKey(),
    jurisdiction_code: model.text(),
    year: model.number(),
    deadline: model.text(),
    rate_bp: model.number().default(1000),
    office_user_id: model.text(),
    office_name: model.text(),
  })
  .indexes([{ on: ["jurisdiction_code", "year"], unique: true, where: "deleted_at IS NULL" }])
