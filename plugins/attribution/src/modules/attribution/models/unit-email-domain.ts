import { model } from "@medusajs/framework/utils"
import { BuyingUnit } from "./buying-unit"

/** An email domain whose verified addresses join the unit without an invite (e.g. songjiang.gov.cn). */
export const UnitEmailDomain = model
  .define("unit_email_domain", {
    id: model.id({ prefix: "unitdom" }).primaryKey(),
    domain: model.text(),
    unit: model.belongsTo(() => BuyingUnit, { mappedBy: "email_domains" }),
  })
  .indexes([{ on: ["domain"] }, { on: ["unit_id", "domain"], unique: true, where: "deleted_at IS NULL" }])
