import { model } from "@medusajs/framework/utils"
import { CHANNELS, FUNDINGS } from "@zhunong/common/purchase-rules"

/**
 * What a cart is bought for: the unit (one the customer is an active member of), channel and
 * funding. Checked when set and again at cart completion, where it becomes the order's attribution.
 */
export const PurchaseIntent = model
  .define("purchase_intent", {
    id: model.id({ prefix: "pint" }).primaryKey(),
    cart_id: model.text(),
    customer_id: model.text(),
    unit_id: model.text(),
    channel: model.enum([...CHANNELS]),
    funding: model.enum([...FUNDINGS]),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])
