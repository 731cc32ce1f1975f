import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { isCalendarDate } from "@zhunong/common/dates"
import { pairingTypeOf } from "../../lib/pairing-types"
import { calendarDate, divisionCode } from "@zhunong/common/form-fields"
import { CertificateApplicationFields, withValidWindow } from "@zhunong/common/supplier-forms"
import { CERTIFICATE_STATUSES, CERTIFICATE_TYPES } from "@zhunong/common/certificate-rules"

export const AdminListDivisionsQuery = createFindParams({ limit: 50, offset: 0 }).extend({
  level: z.enum(["province", "prefecture", "county"]).optional(),
  parent_code: divisionCode("parent_code").optional(),
  is_poverty_exit: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  q: z.string().trim().min(1).max(50).optional(),
})

export const AdminListJurisdictionsQuery = createFindParams({ limit: 100, offset: 0 }).extend({
  parent_code: z.string().optional(),
})

export const AdminListPairingsQuery = createFindParams({ limit: 100, offset: 0 }).extend({
  jurisdiction_code: z.string().optional(),
  division_code: divisionCode("division_code").optional(),
})

export const AdminCheckPairingQuery = z.object({
  county_code: divisionCode("county_code"),
  jurisdiction_code: z.string().min(1),
  date: calendarDate("date"),
})

export const AdminListCertificatesQuery = createFindParams({ limit: 50, offset: 0 }).extend({
  status: z.union([z.enum(CERTIFICATE_STATUSES), z.array(z.enum(CERTIFICATE_STATUSES))]).optional(),
  type: z.enum(CERTIFICATE_TYPES).optional(),
  county_code: divisionCode("county_code").optional(),
  number: z.string().optional(),
})

export const AdminExpiringCertificatesQuery = z.object({
  within_days: z.coerce.number().int().min(1).max(366).default(90),
})

export const AdminApplyCertificate = withValidWindow(CertificateApplicationFields)

export const AdminTransitionCertificate = z
  .object({
    to: z
      .enum(CERTIFICATE_STATUSES)
      .refine((s) => s !== "applied" && s !== "expired", "to: applied and expired are not set by hand"),
    reason: z.string().trim().max(2000).nullish(),
    publicity_from: calendarDate("publicity_from").nullish(),
    publicity_to: calendarDate("publicity_to").nullish(),
  })
  .strict()

export const AdminLinkProducts = z
  .object({ add: z.array(z.string()).max(200).default([]), remove: z.array(z.string()).max(200).default([]) })
  .strict()

export const AdminSetOrigin = z.object({ county_code: divisionCode("county_code") }).strict()

export type AdminApplyCertificateType = z.infer<typeof AdminApplyCertificate>
export type AdminTransitionCertificateType = z.infer<typeof AdminTransitionCertificate>

const yesNo = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .refine((v) => ["是", "否", "1", "0", "true", "false", "y", "n", ""].includes(v), "应为 是/否（或 1/0、true/false）")
  .transform((v) => ["是", "1", "true", "y"].includes(v))
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : null))

/** One row of the 脱贫县 / 重点帮扶县 list: code, is_poverty_exit, is_key_assistance. */
export const DivisionFlagCsvRow = z.object({
  code: divisionCode("code"),
  is_poverty_exit: yesNo,
  is_key_assistance: yesNo,
})

/** One row of a pairings file in the format of seed/data/pairings.csv (shared/reference/pairings.csv). */
export const PairingCsvRow = z
  .object({
    jurisdiction_code: z.string().regex(/^\d{6}(\d{3})?$/, "应为6位或9位区划代码"),
    jurisdiction_name: z.string().min(1, "不能为空"),
    division_code: divisionCode("division_code"),
    level: z.enum(["province", "prefecture", "county"], { message: "应为 province、prefecture 或 county" }),
    pairing_type: z.string().min(1, "不能为空"),
    valid_from: calendarDate("valid_from"),
    valid_to: optionalText.refine((v) => v === null || isCalendarDate(v), "valid_to: 应为日期 YYYY-MM-DD"),
    source: optionalText,
  })
  .superRefine((row, ctx) => {
    if (!pairingTypeOf(row.pairing_type)) {
      ctx.addIssue({
        code: "custom",
        path: ["pairing_type"],
        message: `未知的协作类型“${row.pairing_type}”（东西部协作、对口支援、山海协作、区内帮扶、其他）`,
      })
    }
    if (row.valid_to && row.valid_to < row.valid_from) {
      ctx.addIssue({ code: "custom", path: ["valid_to"], message: "valid_to 不能早于 valid_from" })
    }
  })
  .transform((row) => ({ ...row, pairing_type: pairingTypeOf(row.pairing_type)!, label: row.pairing_type }))
