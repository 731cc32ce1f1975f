import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { usccCode } from "@zhunong/common/form-fields"
export { JoinByCode, SetPurchaseIntent } from "@zhunong/common/shopper-forms"
import {
  MEMBER_ROLES,
  MEMBERSHIP_STATUSES,
  UNIT_TYPE_LABELS,
  UNIT_TYPES,
  type UnitType,
} from "@zhunong/common/purchase-rules"

const jurisdictionCode = z
  .string()
  .trim()
  .regex(/^\d{6}(\d{3})?$/, "jurisdiction_code 应为6位或9位区划代码")
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, "email_domains 中的域名格式不正确（如 songjiang.gov.cn）")
const fen = (field: string) =>
  z.number().int(`${field} 应为整数（分）`).min(0, `${field} 不能为负数`).max(1e15, `${field} 数额过大`)

export const AdminListUnitsQuery = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().trim().min(1).max(50).optional(),
  type: z.enum(UNIT_TYPES).optional(),
  jurisdiction_code: z.string().optional(),
  status: z.enum(["active", "inactive"]).optional(),
  parent_id: z.string().optional(),
})

const unitFields = {
  name: z.string().trim().min(1, "name 不能为空").max(200),
  type: z.enum(UNIT_TYPES),
  jurisdiction_code: jurisdictionCode,
  parent_id: z.string().min(1).nullish(),
  address: z.string().trim().max(500).nullish(),
  email_domains: z.array(domain).max(20).optional(),
  status: z.enum(["active", "inactive"]).optional(),
}

export const AdminCreateUnit = z.object({ ...unitFields, uscc: usccCode("uscc") }).strict()
export const AdminUpdateUnit = z.object(unitFields).partial().strict()

export const AdminSetUnitBasis = z
  .object({
    year: z.number().int().min(2015).max(2100),
    canteen_total_fen: fen("canteen_total_fen").nullish(),
    holiday_gift_total_fen: fen("holiday_gift_total_fen").nullish(),
    union_members: z.number().int().min(0, "union_members 不能为负数").max(10_000_000).nullish(),
    union_welfare_per_member_fen: fen("union_welfare_per_member_fen").optional(),
  })
  .strict()

export const ListMembersQuery = createFindParams({ limit: 50, offset: 0 }).extend({
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
  role: z.enum(MEMBER_ROLES).optional(),
})

export const AdminAddMember = z
  .object({
    email: z.email("email 格式不正确").transform((e) => e.toLowerCase()),
    role: z.enum(MEMBER_ROLES).default("member"),
  })
  .strict()

export const DecideMembership = z
  .object({ action: z.enum(["approve", "remove", "set_role"]), role: z.enum(MEMBER_ROLES).optional() })
  .strict()
  .refine((d) => d.action !== "set_role" || d.role, { path: ["role"], message: "role: 更改角色时必须给出新角色" })

export const CreateInvite = z
  .object({
    role: z.enum(MEMBER_ROLES).default("member"),
    auto_approve: z.boolean().default(false),
    expires_in_days: z.number().int().min(1, "expires_in_days 至少1天").max(90, "expires_in_days 最多90天").default(14),
    max_uses: z.number().int().min(1).max(10_000).nullish(),
  })
  .strict()

export const RequestEmailJoin = z
  .object({ email: z.email("email 格式不正确").transform((e) => e.toLowerCase()) })
  .strict()
export const ConfirmEmailJoin = z
  .object({
    verification_id: z.string().trim().min(1),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "code 应为6位数字"),
    unit_id: z.string().trim().min(1),
  })
  .strict()

export const UnitOrdersQuery = createFindParams({ limit: 20, offset: 0, order: "-attributed_at" }).extend({
  year: z.coerce.number().int().min(2015).max(2100).optional(),
})

const unitTypeByLabel = new Map<string, UnitType>(
  UNIT_TYPES.flatMap((t) => [[t, t] as const, [UNIT_TYPE_LABELS[t].zh, t] as const])
)
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : null))

/** One row of a units file: name, uscc, type (党政机关… or its code), jurisdiction_code, parent_uscc, address, email_domains (;-separated). */
export const UnitCsvRow = z.object({
  name: z.string().trim().min(1, "不能为空").max(200),
  uscc: z.string().trim().toUpperCase().min(1, "不能为空"),
  type: z
    .string()
    .trim()
    .refine((t) => unitTypeByLabel.has(t), `应为 ${UNIT_TYPES.map((t) => UNIT_TYPE_LABELS[t].zh).join("、")} 之一`)
    .transform((t) => unitTypeByLabel.get(t)!),
  jurisdiction_code: z
    .string()
    .trim()
    .regex(/^\d{6}(\d{3})?$/, "应为6位或9位区划代码"),
  parent_uscc: optionalText.transform((v) => v?.toUpperCase() ?? null),
  address: optionalText,
  email_domains: optionalText.transform((v, ctx) => {
    const domains = (v ?? "")
      .split(/[;；,，]/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean)
    for (const d of domains) {
      if (!domain.safeParse(d).success) ctx.addIssue({ code: "custom", message: `域名格式不正确：${d}` })
    }
    return domains
  }),
})

export const UNIT_CSV_COLUMNS = ["name", "uscc", "type", "jurisdiction_code"]
