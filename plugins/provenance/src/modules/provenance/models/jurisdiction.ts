import { model } from "@medusajs/framework/utils"

/**
 * An eastern jurisdiction (辖区) that buys and reports: 上海市 → 松江区 → 街镇. Codes are GB/T 2260
 * (6 digits) or township codes (9 digits). Offices see their subtree.
 */
export const Jurisdiction = model
  .define("jurisdiction", {
    id: model.id({ prefix: "jur" }).primaryKey(),
    code: model.text().unique(),
    name: model.text().searchable(),
    parent_code: model.text().nullable(),
  })
  .indexes([{ on: ["parent_code"] }])
