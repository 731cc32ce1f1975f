import { NOT_COUNTED_REASONS } from "@zhunong/common/counting-rules"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { DIMENSION_NAMES, type Dimension } from "../lib/dimensions"
import { OFFICE_TYPES } from "../lib/offices"
import { CHANNELS, FUNDINGS, UNIT_TYPES } from "@zhunong/common/purchase-rules"
import { divisionCode, usccCode } from "@zhunong/common/form-fields"

export const AdminListLedgerQuery = createFindParams({ limit: 100, offset: 0, order: "seq" }).extend({
  order_id: z.string().optional(),
  unit_id: z.string().optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month 应为 YYYY-MM")
    .optional(),
  counted: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
})

/** The rows an office drills to: filters that match its overview's groups. */
export const OfficeListLedgerQuery = createFindParams({ limit: 50, offset: 0, order: "-seq" }).extend({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month: 应为 YYYY-MM")
    .optional(),
  county: divisionCode("county").optional(),
  unit_id: z.string().trim().min(1).max(64).optional(),
  counted: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  not_counted_reason: z.enum(NOT_COUNTED_REASONS).optional(),
  /** The rows a finding of the checks names. */
  entry_key: z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(",") : v),
      z.array(z.string().trim().min(1).max(200)).max(50, "entry_key: 最多50个")
    )
    .optional(),
})

export const AdminReconcileLedger = z.object({ repair: z.boolean().default(false) }).strict()

export const AdminCreateOffice = z
  .object({
    email: z.email("email 格式不正确").transform((e) => e.toLowerCase()),
    password: z.string().min(10, "password 至少10位"),
    name: z.string().trim().min(1).max(50),
    office_name: z.string().trim().min(1).max(100),
    office_type: z.enum(OFFICE_TYPES),
    jurisdiction_code: z
      .string()
      .trim()
      .regex(/^\d{6}(\d{3})?$/, "jurisdiction_code 应为6位或9位区划代码"),
  })
  .strict()

export const AdminListOfficesQuery = createFindParams({ limit: 50, offset: 0 }).extend({
  jurisdiction_code: z.string().optional(),
})

const month = (field: string) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${field} 应为 YYYY-MM`)
/** `a,b` or repeated `a&a`: a list of values, none of them blank (`county=` or `county=,,` filters by nothing and is refused). */
const list = (field: string) =>
  z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(",") : v),
      z
        .array(z.string().trim().max(100))
        .max(200)
        .refine((values) => values.every((v) => v !== ""), `${field}: 不能有空值（多个值用逗号分隔）`)
    )
    .optional()

export const OfficeStatsQuery = z
  .object({
    group_by: z
      .preprocess(
        (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : (v ?? [])),
        z.array(z.string()).max(5, "group_by 最多5个维度")
      )
      .superRefine((dims, ctx) => {
        const unknown = dims.filter((d) => !DIMENSION_NAMES.includes(d as Dimension))
        if (unknown.length)
          ctx.addIssue({
            code: "custom",
            message: `group_by: 未知的维度 ${unknown.join(", ")}（可用：${DIMENSION_NAMES.join(", ")}）`,
          })
      })
      .transform((dims) => [...new Set(dims)] as Dimension[]),
    from: month("from").optional(),
    to: month("to").optional(),
    jurisdiction: list("jurisdiction"),
    unit: list("unit"),
    unit_type: list("unit_type"),
    province: list("province"),
    prefecture: list("prefecture"),
    county: list("county"),
    poverty_exit: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    pairing_type: list("pairing_type"),
    certificate_type: list("certificate_type"),
    channel: list("channel"),
    funding: list("funding"),
    supplier: list("supplier"),
    counted: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "to: 结束月份不能早于开始月份" })

export const OfficeExportQuery = z
  .object({
    from: month("from").optional(),
    to: month("to").optional(),
    format: z.enum(["csv", "xlsx"]).default("csv"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "to: 结束月份不能早于开始月份" })

const fenAmount = z.number().int("threshold_fen 应为整数（分）").min(1).max(1e15)
export const CreateTarget = z
  .object({
    name: z.string().trim().min(1).max(200),
    year: z.number().int().min(2015).max(2100),
    jurisdiction_code: z
      .string()
      .trim()
      .regex(/^\d{6}(\d{3})?$/, "jurisdiction_code 应为6位或9位区划代码"),
    scope: z.enum(["jurisdiction", "unit_type", "unit"]),
    unit_types: z.array(z.enum(UNIT_TYPES)).min(1).max(8).nullish(),
    unit_id: z.string().min(1).nullish(),
    metric: z.enum(["amount", "share_of_canteen", "share_of_holiday_gifts"]),
    threshold_fen: fenAmount.nullish(),
    rate_bp: z
      .number()
      .int()
      .min(1, "rate_bp 应为1–10000（万分比）")
      .max(10_000, "rate_bp 应为1–10000（万分比）")
      .nullish(),
    paired_only: z.boolean().default(false),
    poverty_only: z.boolean().default(false),
    channels: z.array(z.enum(CHANNELS)).min(1).nullish(),
    fundings: z.array(z.enum(FUNDINGS)).min(1).nullish(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message })
    if (t.scope === "unit_type" && !t.unit_types?.length)
      problem("unit_types", "unit_types: 按单位类型设定的目标须给出单位类型")
    if (t.scope === "unit" && !t.unit_id) problem("unit_id", "unit_id: 单位目标须指定单位")
    if (t.metric === "amount" && !t.threshold_fen) problem("threshold_fen", "threshold_fen: 金额目标须给出金额（分）")
    if (t.metric !== "amount" && !t.rate_bp) problem("rate_bp", "rate_bp: 比例目标须给出比例（万分比）")
    if (t.metric !== "amount" && t.scope === "jurisdiction")
      problem("metric", "metric: 辖区目标只能是金额；比例目标按单位申报的基数计算")
  })

export const TargetsQuery = z.object({ year: z.coerce.number().int().min(2015).max(2100).optional() }).strict()
export const AdminTargetsQuery = TargetsQuery.extend({ jurisdiction_code: z.string().optional() })

/** A long export, written in the background: the 台账 for a range of months, or a year's 月报. */
export const RequestExport = z
  .object({
    report: z.enum(["ledger", "monthly"]),
    format: z.enum(["csv", "xlsx"]).default("csv"),
    from: month("from").optional(),
    to: month("to").optional(),
    year: z
      .number()
      .int("year 应为年份")
      .refine((y) => y >= 2015 && y <= 2100, "year 应在2015–2100之间")
      .optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "to: 结束月份不能早于开始月份" })
  .refine((q) => q.report !== "monthly" || q.year !== undefined, { path: ["year"], message: "year: 月报需要年份" })
  .refine((q) => q.report !== "monthly" || (!q.from && !q.to), {
    path: ["from"],
    message: "from: 月报按年份导出，不接受月份范围",
  })
  .refine((q) => q.report !== "ledger" || q.year === undefined, {
    path: ["year"],
    message: "year: 台账按月份范围（from/to）导出",
  })

/** Checks read the rows of a range of months: by default the current year (Asia/Shanghai). */
export const OfficeChecksQuery = z
  .object({ from: month("from").optional(), to: month("to").optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "to: 结束月份不能早于开始月份" })

export const OfficeExportJobsQuery = createFindParams({ limit: 20, offset: 0 })

export const OfficeMonthlyQuery = z
  .object({ year: z.coerce.number().int().min(2015).max(2100), format: z.enum(["csv", "xlsx"]).default("csv") })
  .strict()

export const RegisterOfflinePurchase = z
  .object({
    supplier_name: z.string().trim().min(1).max(200),
    supplier_uscc: usccCode("supplier_uscc").nullish(),
    description: z.string().trim().min(1, "description 不能为空").max(500),
    county_code: z.string().regex(/^\d{6}$/, "county_code 应为6位县级行政区划代码"),
    amount_fen: z
      .number()
      .int("amount_fen 应为整数（分）")
      .min(1, "amount_fen 应大于0")
      .max(2_000_000_000, "amount_fen 单笔不能超过2000万元"),
    purchase_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "purchase_date 应为 YYYY-MM-DD"),
    purchase_type: z.enum(["direct", "helped"]),
    channel: z.enum(CHANNELS),
    funding: z.enum(FUNDINGS),
    invoice_numbers: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9]{8,20}$/, "invoice_numbers 中的发票号应为8–20位字母或数字")
      )
      .min(1, "invoice_numbers 至少一张发票")
      .max(50),
    contract_number: z.string().trim().max(64).nullish(),
    evidence: z
      .array(z.object({ id: z.string(), url: z.string().url(), name: z.string().optional() }).strict())
      .max(20)
      .nullish(),
  })
  .strict()
  .refine((p) => new Set(p.invoice_numbers).size === p.invoice_numbers.length, {
    path: ["invoice_numbers"],
    message: "invoice_numbers: 发票号重复",
  })

export const OfficeOfflineQuery = createFindParams({ limit: 50, offset: 0 }).extend({
  status: z.enum(["pending", "verified", "rejected"]).optional(),
})
export const DecideOfflinePurchase = z
  .object({ action: z.enum(["verify", "reject"]), reason: z.string().trim().max(2000).nullish() })
  .strict()

/** 验收 takes no fields: the part is in the path, the buyer is the signed-in customer. */
export const AcceptOrderPart = z.object({}).strict()

export { RateOrderPart } from "@zhunong/common/shopper-forms"

const shareYear = z.coerce
  .number()
  .int("year: 应为年份")
  .refine((y) => y >= 2015 && y <= 2100, "year: 应为年份")
export const OfficeShareQuery = createFindParams({ limit: 50, offset: 0 }).extend({
  year: shareYear,
  coverage: z.enum(["missing", "exempt", "declared", "confirmed"]).optional(),
})
export const ShareYear = z.object({ year: shareYear }).strict()
export const ShareYearQuery = z.object({ year: shareYear }).strict()
export const BulletinQuery = z.object({ format: z.enum(["json", "csv", "xlsx"]).default("json") }).strict()
