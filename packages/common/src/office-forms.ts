import { z } from "zod"
import { CHECK_DECISIONS } from "./counting-rules"

/**
 * The office portal's forms, checked by the /office routes and by the portal before it calls them,
 * so both refuse the same input with the same words (`field: reason`). Plain `zod`: the storefront
 * cannot load `@medusajs/framework`. Ranges are refinements because Medusa rewrites zod's own range
 * errors into English.
 */
const note = z
  .string("note: 请填写说明")
  .trim()
  .refine((v) => v.length >= 2, "note: 请写明核查情况（至少2个字）")
  .refine((v) => v.length <= 1000, "note: 最多1000个字")

const month = (field: string) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${field}: 应为 YYYY-MM`)

/**
 * An office's decision on a finding (疑点), with the note that says why; kept as history. `from`/`to`
 * are the months the finding was found in (this year by default), where the route looks for it again.
 */
export const DecideCheck = z
  .object({
    decision: z.enum(CHECK_DECISIONS, "decision: 应为 已核实、误报 或 已处理"),
    note,
    from: month("from").optional(),
    to: month("to").optional(),
  })
  .strict()
export type DecideCheckInput = z.infer<typeof DecideCheck>

/** A target's figures an office may change after setting it (its scope and filters stay). */
export const UpdateTarget = z
  .object({
    name: z
      .string()
      .trim()
      .refine((v) => v.length > 0, "name: 不能为空")
      .refine((v) => v.length <= 200, "name: 最多200个字")
      .optional(),
    threshold_fen: z
      .number("threshold_fen: 应为数字")
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= 1e15, "threshold_fen: 应为正整数（分）")
      .nullish(),
    rate_bp: z
      .number("rate_bp: 应为数字")
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= 10_000, "rate_bp: 应为1–10000（万分比）")
      .nullish(),
  })
  .strict()
  .refine((t) => Object.keys(t).length > 0, "name: 没有要修改的内容")
export type UpdateTargetInput = z.infer<typeof UpdateTarget>

/** How a budget unit answers the 预留份额 call: its own canteen, or one of the three exemptions. */
export const DECLARATION_KINDS = ["canteen", "no_canteen", "shared_canteen", "outsourced"] as const
export type DeclarationKind = (typeof DECLARATION_KINDS)[number]
export const DECLARATION_KIND_LABELS: Record<DeclarationKind, { zh: string; en: string }> = {
  canteen: { zh: "自办食堂", en: "Own canteen" },
  no_canteen: { zh: "无食堂", en: "No canteen" },
  shared_canteen: { zh: "共用食堂（由代表单位申报）", en: "Shared canteen (declared by the representative unit)" },
  outsourced: {
    zh: "食堂外包（承包方以本单位名义采购）",
    en: "Outsourced canteen (the contractor buys on our account)",
  },
}
export const DECLARATION_STATUSES = ["submitted", "reviewed", "confirmed", "returned"] as const
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number]
export const DECLARATION_STATUS_LABELS: Record<DeclarationStatus, { zh: string; en: string }> = {
  submitted: { zh: "已申报，待主管单位审核", en: "Submitted, awaiting review" },
  reviewed: { zh: "主管单位已审核，待确认", en: "Reviewed, awaiting confirmation" },
  confirmed: { zh: "已确认", en: "Confirmed" },
  returned: { zh: "已退回，请修改后重新申报", en: "Returned for changes" },
}

const fenAmount = (field: string) =>
  z
    .number(`${field}: 应为金额`)
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 1e13, `${field}: 应为大于0的金额（分）`)
const reason = (field: string) =>
  z
    .string()
    .trim()
    .refine((v) => v.length >= 2, `${field}: 请写明原因（至少2个字）`)
    .refine((v) => v.length <= 500, `${field}: 最多500个字`)

/**
 * 预留份额申报: a unit with its own (or an outsourced) canteen declares the year's canteen
 * food-procurement total and the share reserved for 脱贫地区 products, at least the rate its office
 * set (checked by the route, which knows the rate); a unit sharing a canteen names the unit that
 * declares for all; a unit without one says so. A change after confirmation gives its reason.
 */
export const DeclareShare = z
  .object({
    kind: z.enum(DECLARATION_KINDS, "kind: 请选择食堂情况"),
    canteen_total_fen: fenAmount("canteen_total_fen").nullish(),
    reserved_fen: fenAmount("reserved_fen").nullish(),
    representative_unit_id: z.string().trim().min(1).max(64).nullish(),
    contractor_name: z.string().trim().max(200).nullish(),
    reason: reason("reason").nullish(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message })
    const own = d.kind === "canteen" || d.kind === "outsourced"
    if (own && !d.canteen_total_fen) problem("canteen_total_fen", "canteen_total_fen: 请填写全年食堂食材采购总额")
    if (own && !d.reserved_fen) problem("reserved_fen", "reserved_fen: 请填写预留份额")
    if (own && d.canteen_total_fen && d.reserved_fen && d.reserved_fen > d.canteen_total_fen)
      problem("reserved_fen", "reserved_fen: 预留份额不能超过食堂采购总额")
    if (d.kind === "outsourced" && !d.contractor_name?.trim())
      problem("contractor_name", "contractor_name: 请填写食堂承包方名称")
    if (d.kind === "shared_canteen" && !d.representative_unit_id)
      problem("representative_unit_id", "representative_unit_id: 请选择代表申报的单位")
  })
export type DeclareShareInput = z.infer<typeof DeclareShare>

/** 主管单位 review or office decision on a declaration: approve, or return it with the reason. */
export const ReviewDeclaration = z
  .object({ action: z.enum(["approve", "return"], "action: 应为通过或退回"), reason: reason("reason").nullish() })
  .strict()
  .refine((r) => r.action === "approve" || !!r.reason, { path: ["reason"], message: "reason: 退回须写明原因" })
export type ReviewDeclarationInput = z.infer<typeof ReviewDeclaration>

/** The office's 预留份额 call for a year: the deadline and the minimum share (basis points, 1000 = 10%). */
export const ShareCampaign = z
  .object({
    year: z.number("year: 应为年份").refine((y) => Number.isInteger(y) && y >= 2015 && y <= 2100, "year: 应为年份"),
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "deadline: 应为 YYYY-MM-DD"),
    rate_bp: z
      .number("rate_bp: 应为数字")
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= 10_000, "rate_bp: 应为1–10000（万分比）")
      .default(1_000),
  })
  .strict()
export type ShareCampaignInput = z.infer<typeof ShareCampaign>

/** 通报: a dated bulletin of the year's ranking, with the period it covers in its title. */
export const CreateBulletin = z
  .object({
    year: z.coerce
      .number("year: 应为年份")
      .refine((y) => Number.isInteger(y) && y >= 2015 && y <= 2100, "year: 应为年份"),
    title: z
      .string()
      .trim()
      .refine((v) => v.length >= 2 && v.length <= 100, "title: 标题应为2–100个字"),
  })
  .strict()
export type CreateBulletinInput = z.infer<typeof CreateBulletin>
