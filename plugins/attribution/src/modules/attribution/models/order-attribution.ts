import { model } from "@medusajs/framework/utils"
import { CHANNELS, FUNDINGS, MEMBER_ROLES, UNIT_TYPES } from "@zhunong/common/purchase-rules"

/**
 * The attribution of an order, snapshotted at cart completion from the buyer's membership: the
 * unit as it was then (name, type, 主管单位 chain, assessment jurisdiction chain), the channel, the
 * funding and the member. Written once, never edited; `order_id` is filled in the same checkout.
 * A purchase by someone in no unit has `unit_id` null — the ledger counts it as "no buying unit".
 */
export const OrderAttribution = model
  .define("order_attribution", {
    id: model.id({ prefix: "attr" }).primaryKey(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    membership_id: model.text().nullable(),
    member_role: model.enum([...MEMBER_ROLES]).nullable(),
    unit_id: model.text().nullable(),
    unit_name: model.text().nullable(),
    unit_type: model.enum([...UNIT_TYPES]).nullable(),
    unit_uscc: model.text().nullable(),
    /** The 主管单位 chain above the unit, nearest first: [{ id, name, type }]. */
    parent_chain: model.json().nullable(),
    jurisdiction_code: model.text().nullable(),
    /** The assessment jurisdiction and its ancestors' codes, nearest first. */
    jurisdiction_chain: model.json().nullable(),
    channel: model.enum([...CHANNELS]),
    funding: model.enum([...FUNDINGS]),
    /** The order total in fen when it was placed; union welfare spending is summed from it. */
    amount_fen: model.bigNumber(),
    /** Calendar year of `attributed_at` in Asia/Shanghai. */
    year: model.number(),
    attributed_at: model.dateTime(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["unit_id", "year", "funding", "channel"] },
  ])
