import { model } from "@medusajs/framework/utils"

/**
 * The 832 completion history of a sale, kept beside the ledger (whose rows never change): payment
 * of the order, then delivery, acceptance (验收) and rating (评价) of each supplier's part. A part is
 * complete when all four are recorded. Append-only; one row per order, part and step.
 */
export const CompletionStep = model
  .define("completion_step", {
    id: model.id({ prefix: "cstep" }).primaryKey(),
    order_id: model.text(),
    /** The supplier id of the part; `platform` for lines no supplier sells; `order` for payment, which covers every part. */
    part_key: model.text(),
    step: model.enum(["paid", "delivered", "accepted", "rated"]),
    occurred_at: model.dateTime(),
    /** The customer who accepted or rated; null for steps Medusa reports (payment, delivery). */
    actor_id: model.text().nullable(),
    /** 1–5 stars, for `rated`. */
    rating: model.number().nullable(),
    comment: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "part_key", "step"], unique: true }])
