import { model } from "@medusajs/framework/utils"

/**
 * An administrative division by its 6-digit GB/T 2260 code: a province, a prefecture or a
 * county-level division. Counties are the origin (产地县) of assistance products; the two flags
 * come from the official lists operators import.
 */
export const Division = model
  .define("division", {
    id: model.id({ prefix: "div" }).primaryKey(),
    code: model.text().unique(),
    name: model.text().searchable(),
    level: model.enum(["province", "prefecture", "county"]),
    parent_code: model.text().nullable(),
    /** 脱贫县: one of the 832 counties that left poverty. */
    is_poverty_exit: model.boolean().default(false),
    /** 国家乡村振兴重点帮扶县: one of the 160 key assistance counties. */
    is_key_assistance: model.boolean().default(false),
  })
  .indexes([{ on: ["parent_code"] }, { on: ["level"] }])
