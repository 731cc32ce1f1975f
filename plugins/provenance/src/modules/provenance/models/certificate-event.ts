import { model } from "@medusajs/framework/utils"
import { statusEventColumns } from "@zhunong/common/server/status-event"
import { Certificate } from "./certificate"

/** One lifecycle transition of a certificate: who moved it, when, from what, to what, and why. */
export const CertificateEvent = model
  .define("certificate_event", {
    id: model.id({ prefix: "certev" }).primaryKey(),
    ...statusEventColumns(),
    certificate: model.belongsTo(() => Certificate, { mappedBy: "events" }),
  })
  .indexes([{ on: ["certificate_id", "occurred_at"] }])
