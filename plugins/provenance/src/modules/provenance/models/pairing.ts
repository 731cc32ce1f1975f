import { model } from "@medusajs/framework/utils"
import { PAIRING_TYPES } from "@zhunong/common/pairing-rules"

/**
 * A pairing (对口关系) of a jurisdiction with a division over a period. A pairing with a prefecture
 * or a province covers all its counties. `label` keeps the wording of the source (对口支援(援疆)).
 * Dates are calendar days in Asia/Shanghai, `YYYY-MM-DD`, inclusive; no valid_to = still in force.
 */
export const Pairing = model
  .define("pairing", {
    id: model.id({ prefix: "pair" }).primaryKey(),
    jurisdiction_code: model.text(),
    division_code: model.text(),
    pairing_type: model.enum([...PAIRING_TYPES]),
    label: model.text(),
    valid_from: model.text(),
    valid_to: model.text().nullable(),
    source: model.text().nullable(),
  })
  .indexes([
    { on: ["division_code"] },
    { on: ["jurisdiction_code"] },
    { on: ["jurisdiction_code", "division_code", "valid_from"], unique: true },
  ])
