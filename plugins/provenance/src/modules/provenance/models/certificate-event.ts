import { model } from "@medusajs/framework/utils"
import { Certificate } from "./certificate"

/** One lifecycle transition of a certificate: who moved it, when, from what, to what, and why. */
export const CertificateEvent = model
  .define("certificate_event", {
    id: model.id({ prefix: "certev" }).primaryKey(),
    from_status: model.text().nullable(),
    to_status: model.text(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
    occurred_at: model.dateTime(),
    certificate: model.belongsTo(() => Certificate, { mappedBy: "events" }),
  })
  .indexes([{ on: ["certificate_id", "occurred_at"] }])
