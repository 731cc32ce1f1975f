import { model } from "@medusajs/framework/utils"

/**
 * A one-time code sent to a work address to prove the customer owns it before joining a unit by
 * its email domain. Only the code's hash is kept.
 */
export const EmailVerification = model
  .define("email_verification", {
    id: model.id({ prefix: "emailver" }).primaryKey(),
    customer_id: model.text(),
    email: model.text(),
    code_hash: model.text(),
    expires_at: model.dateTime(),
    attempts: model.number().default(0),
    consumed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id"] }])
