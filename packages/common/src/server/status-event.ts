import { model } from "@medusajs/framework/utils"

/** Who moved a status: an operator (admin user), the supplier's own people, or the platform's jobs. */
export interface Actor {
  type: "user" | "supplier" | "system"
  id: string | null
}

/**
 * The columns of one status change in a lifecycle history (suppliers, certificates): who moved it
 * (`actor_type` user | supplier | system, and its id), when, from what, to what, and why.
 */
export const statusEventColumns = () => ({
  from_status: model.text().nullable(),
  to_status: model.text(),
  actor_type: model.text(),
  actor_id: model.text().nullable(),
  reason: model.text().nullable(),
  occurred_at: model.dateTime(),
})
