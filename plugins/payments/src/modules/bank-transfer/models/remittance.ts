import { model } from "@medusajs/framework/utils"
import { BankTransfer } from "./bank-transfer"

/**
 * One remittance read off the bank statement and recorded by an operator: how much arrived, from
 * which account, under which bank reference (流水号, unique: the same credit cannot be counted
 * twice), on which day, with the statement's scan as a private file.
 */
export const Remittance = model
  .define("remittance", {
    id: model.id({ prefix: "rmt" }).primaryKey(),
    transfer: model.belongsTo(() => BankTransfer, { mappedBy: "remittances" }),
    amount_fen: model.number(),
    payer_account_name: model.text(),
    bank_reference: model.text(),
    /** 到账日期, a Shanghai calendar date. */
    remitted_on: model.text(),
    voucher_file_id: model.text().nullable(),
    voucher_filename: model.text().nullable(),
    voucher_mime_type: model.text().nullable(),
    recorded_by: model.text(),
  })
  .indexes([{ on: ["bank_reference"], unique: true }])
