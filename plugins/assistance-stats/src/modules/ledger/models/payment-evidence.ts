import { model } from "@medusajs/framework/utils"

/**
 * What proves an order was paid, recorded beside the ledger (whose rows never change) when its
 * payment is captured: the provider, its reference (the 对公转账 reference, a payment intent or trade
 * number), the amount and when. One row per order; the 台账 and a row's detail show it.
 */
export const PaymentEvidence = model
  .define("payment_evidence", {
    id: model.id({ prefix: "payev" }).primaryKey(),
    order_id: model.text(),
    provider_id: model.text(),
    reference: model.text(),
    amount_fen: model.number(),
    paid_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id"], unique: true }])
