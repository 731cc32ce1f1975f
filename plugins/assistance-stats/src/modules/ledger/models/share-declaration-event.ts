import { model } from "@medusajs/framework/utils"

/**
 * One step of a declaration's life — submitted, changed (with its reason), reviewed or returned by
 * the 主管单位, confirmed or returned by the office — with who, when, why and the figures as they
 * stood. Append-only.
 */
export const ShareDeclarationEvent = model
  .define("share_declaration_event", {
    id: model.id({ prefix: "shevt" }).primaryKey(),
    declaration_id: model.text(),
    action: model.enum(["submitted", "changed", "reviewed", "returned", "confirmed"]),
    /** `customer` (a unit's admin) or `office`. */
    actor_type: model.enum(["customer", "office"]),
    actor_id: model.text(),
    actor_name: model.text(),
    reason: model.text().nullable(),
    snapshot: model.json(),
  })
  .indexes([{ on: ["declaration_id", "created_at"] }])
