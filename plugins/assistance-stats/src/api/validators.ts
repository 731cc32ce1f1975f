import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { DIMENSION_NAMES, type Dimension } from "../lib/dimensions"
import { OFFICE_TYPES } from "../lib/offices"

export const AdminListLedgerQuery = createFindParams({ limit: 100, offset: 0, order: "seq" }).extend({
  order_id: z.string().optional(),
  unit_id: z.string().optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month 应为 YYYY-MM").optional(),
  counted: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
})

export const AdminReconcileLedger = z.object({ repair: z.boolean().default(false) }).strict()

export const AdminCreateOffice = z
  .object({
    email: z.email("email 格式不正确").transform((e) => e.toLowerCase()),
    password: z.string().min(10, "password 至少10位"),
    name: z.string().trim().min(1).max(50),
    office_name: z.string().trim().min(1).max(100),
    office_type: z.enum(OFFICE_TYPES),
    jurisdiction_code: z.string().trim().regex(/^\d{6}(\d{3})?$/, "jurisdiction_code 应为6位或9位区划代码"),
  })
  .strict()

export const AdminListOfficesQuery = createFindParams({ limit: 50, offset: 0 }).extend({ jurisdiction_code: z.string().optional() })

const month = (field: string) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${field} 应为 YYYY-MM`)
/** `a,b` or repeated `a&a`: a list of values. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(item).max(200)).optional()

export const OfficeStatsQuery = z
  .object({
    group_by: z
      .preprocess(
        (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v ?? []),
        z.array(z.string()).max(5, "group_by 最多5个维度")
      )
      .superRefine((dims, ctx) => {
        const unknown = dims.filter((d) => !DIMENSION_NAMES.includes(d as Dimension))
        if (unknown.length) ctx.addIssue({ code: "custom", message: `group_by: 未知的维度 ${unknown.join(", ")}（可用：${DIMENSION_NAMES.join(", ")}）` })
      })
      .transform((dims) => [...new Set(dims)] as Dimension[]),
    from: month("from").optional(),
    to: month("to").optional(),
    jurisdiction: list(z.string()),
    unit: list(z.string()),
    unit_type: list(z.string()),
    province: list(z.string()),
    prefecture: list(z.string()),
    county: list(z.string()),
    poverty_exit: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    pairing_type: list(z.string()),
    certificate_type: list(z.string()),
    channel: list(z.string()),
    funding: list(z.string()),
    supplier: list(z.string()),
    counted: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "to: 结束月份不能早于开始月份" })

export const OfficeExportQuery = z
  .object({ from: month("from").optional(), to: month("to").optional(), format: z.enum(["csv", "xlsx"]).default("csv") })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "to: 结束月份不能早于开始月份" })
