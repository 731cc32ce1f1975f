import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES, ISSUER_LEVELS } from "@zhunong/common/certificate-rules"
import { CertificateEvent } from "./certificate-event"

/**
 * A certificate (认定) on one or more products. `status` is the current lifecycle state; its
 * history, which decides what counted on a past date, is in `events`. Calendar dates are
 * `YYYY-MM-DD` in Asia/Shanghai, inclusive.
 */
export const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    type: model.enum([...CERTIFICATE_TYPES]),
    number: model.text().searchable(),
    batch: model.text().nullable(),
    issuer: model.text(),
    issuer_level: model.enum([...ISSUER_LEVELS]),
    supplier_name: model.text().searchable(),
    /** 统一社会信用代码, validated with its check digit (GB 32100-2015). */
    supplier_uscc: model.text(),
    county_code: model.text(),
    /** 带贫机制: how the product lifts people out of poverty. */
    poverty_mechanism: model.text().nullable(),
    beneficiaries: model.number().nullable(),
    publicity_from: model.text().nullable(),
    publicity_to: model.text().nullable(),
    valid_from: model.text(),
    valid_to: model.text(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("applied"),
    status_reason: model.text().nullable(),
    /** Evidence files from Medusa's file module: { files: [{ id, url, name }] }. */
    evidence: model.json().nullable(),
    /** The day (90, 60 or 30 before valid_to) of the last expiry reminder sent. */
    reminded_days_before: model.number().nullable(),
    events: model.hasMany(() => CertificateEvent, { mappedBy: "certificate" }),
  })
  .cascades({ delete: ["events"] })
  .indexes([{ on: ["type", "number"], unique: true }, { on: ["number"] }, { on: ["status"] }, { on: ["county_code"] }])
