import { model } from "@medusajs/framework/utils"

/**
 * An administrative division by its 6-digit GB/T 2260 code: a province, a prefecture or a
 * county-level division. Counties are the origin (产地县) of assistance products.
 */
export const Division = model
  .define("division", {
    id: model.id({ prefix: "div" }).primaryKey(),
    code: model.text().unique(),
    name: model.text(),
    level: model.enum(["province", "prefecture", "county"]),
    parent_code: model.text().nullable(),
  })
  .indexes([{ on: ["parent_code"] }])
