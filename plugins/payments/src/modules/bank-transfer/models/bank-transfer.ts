import { model } from "@medusajs/framework/utils"
import { BANK_TRANSFER_STATUSES } from "@zhunong/common/payment-rules"
import { Remittance } from "./remittance"

/**
 * An order placed on invoice (对公转账): what the buying unit owes under which reference, by when, and
 * the remittances received against it. Opened when the order is placed; `paid` once remittances
 * cover the amount (the payment is then captured), `canceled` when the order is cancelled. The
 * payer and amount are snapshotted from the order so a remittance is checked against what was bought.
 */
export const BankTransfer = model
  .define("bank_transfer", {
    id: model.id({ prefix: "btr" }).primaryKey(),
    order_id: model.text(),
    payment_id: model.text(),
    reference: model.text(),
    amount_fen: model.number(),
    /** The buying unit whose account must pay (its name as on the order's attribution). */
    payer_name: model.text(),
    funding: model.text(),
    /** Who pays whom: the payee's name, bank and account as shown at checkout. */
    payee: model.json(),
    due_at: model.dateTime(),
    /** Past due: marked when first found unpaid after `due_at`, and the buyer reminded. */
    flagged_at: model.dateTime().nullable(),
    status: model.enum([...BANK_TRANSFER_STATUSES]).default("awaiting"),
    paid_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    remittances: model.hasMany(() => Remittance, { mappedBy: "transfer" }),
  })
  .indexes([{ on: ["order_id"], unique: true }, { on: ["reference"], unique: true }, { on: ["status", "due_at"] }])
