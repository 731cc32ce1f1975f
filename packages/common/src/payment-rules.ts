import { z } from "zod"
import { isCalendarDate } from "./dates"
import type { Funding } from "./purchase-rules"

/**
 * How orders are paid, as data shared by the backend's checks, Medusa Admin and the shop. Public
 * bodies pay from the budget or union funds by 对公转账 against an invoice; people pay by card
 * (Stripe), Alipay or WeChat Pay; Medusa's system provider stands in for those in the demo.
 */
export const PAYMENT_KINDS = ["bank_transfer", "stripe", "alipay", "wechat_pay", "system"] as const
export type PaymentKind = (typeof PAYMENT_KINDS)[number]

export const PAYMENT_KIND_LABELS: Record<PaymentKind, { zh: string; en: string }> = {
  bank_transfer: { zh: "对公转账", en: "Bank transfer on invoice" },
  stripe: { zh: "银行卡（Stripe）", en: "Card (Stripe)" },
  alipay: { zh: "支付宝", en: "Alipay" },
  wechat_pay: { zh: "微信支付", en: "WeChat Pay" },
  system: { zh: "模拟支付（演示）", en: "Simulated payment (demo)" },
}

/**
 * Medusa names a provider `pp_<identifier>_<id>`; these are the ids medusa-config registers.
 * The bank transfer provider is always there; the others only when their keys are configured.
 */
export const PAYMENT_PROVIDER_IDS: Record<PaymentKind, string> = {
  bank_transfer: "pp_bank-transfer_bank-transfer",
  stripe: "pp_stripe_stripe",
  alipay: "pp_alipay_alipay",
  wechat_pay: "pp_wechat-pay_wechat-pay",
  system: "pp_system_default",
}

export function paymentKindOf(providerId: string): PaymentKind | null {
  const found = PAYMENT_KINDS.find((kind) => PAYMENT_PROVIDER_IDS[kind] === providerId)
  return found ?? null
}

/** Unit money (budget, union funds, an enterprise's own funds) leaves by 对公转账 only; personal money never does. */
export function paymentKindsFor(funding: Funding): PaymentKind[] {
  return funding === "personal" ? ["stripe", "alipay", "wechat_pay", "system"] : ["bank_transfer"]
}

/** Why a cart bought with `funding` may not be paid through `providerId`, or null. */
export function paymentProblem(funding: Funding, providerId: string): string | null {
  const kind = paymentKindOf(providerId)
  const allowed = paymentKindsFor(funding)
  if (kind && allowed.includes(kind)) return null
  if (funding === "personal") return "个人消费请用银行卡、支付宝或微信支付，不能对公转账"
  return "单位经费（财政预算、工会经费、自有资金）采购只能对公转账，凭发票付款"
}

export const BANK_TRANSFER_STATUSES = ["awaiting", "paid", "canceled"] as const
export type BankTransferStatus = (typeof BANK_TRANSFER_STATUSES)[number]

export const BANK_TRANSFER_STATUS_LABELS: Record<BankTransferStatus, { zh: string; en: string }> = {
  awaiting: { zh: "待汇款", en: "Awaiting remittance" },
  paid: { zh: "已支付", en: "Paid" },
  canceled: { zh: "已取消", en: "Cancelled" },
}

/** Spaces and both widths of brackets vary in how a bank prints an account name; they do not make another payer. */
const normalName = (name: string) => name.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")")

/**
 * Whether a remittance's payer account name is the buying unit: its own name, or for union funds
 * its trade union's account (本单位名称 + 工会 / 工会委员会).
 */
export function payerMatches(payer: string, unitName: string, funding: Funding): boolean {
  const paid = normalName(payer)
  const unit = normalName(unitName)
  if (paid === unit) return true
  return funding === "union" && (paid === `${unit}工会` || paid === `${unit}工会委员会`)
}

const VOUCHER_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"]

/** A remittance an operator records from the bank statement; the voucher is the statement's scan. */
export const RecordRemittance = z
  .object({
    amount_fen: z
      .number("amount_fen: 请填写到账金额")
      .refine(Number.isInteger, "amount_fen: 金额以分为单位，须为整数")
      .refine((n) => n > 0, "amount_fen: 到账金额必须大于0")
      .refine((n) => n <= 100_000_000_00, "amount_fen: 金额过大，请核对"),
    payer_account_name: z
      .string("payer_account_name: 请填写付款户名")
      .trim()
      .refine((s) => s.length > 0, "payer_account_name: 请填写付款户名")
      .refine((s) => s.length <= 200, "payer_account_name: 最多200个字"),
    bank_reference: z
      .string("bank_reference: 请填写银行流水号")
      .trim()
      .refine((s) => /^[A-Za-z0-9-]{4,64}$/.test(s), "bank_reference: 银行流水号为4–64位字母、数字或连字符"),
    remitted_on: z.string("remitted_on: 请填写到账日期").refine(isCalendarDate, "remitted_on: 日期格式为 YYYY-MM-DD"),
    voucher: z
      .object({
        filename: z.string().trim().min(1, "voucher: 文件名不能为空").max(200, "voucher: 文件名最多200个字"),
        mime_type: z.string().refine((s) => VOUCHER_TYPES.includes(s), "voucher: 只能上传 JPG、PNG、WEBP 图片或 PDF"),
        content_base64: z.string().min(1, "voucher: 文件是空的").max(7_000_000, "voucher: 文件不能超过 5 MB"),
      })
      .strict()
      .nullish(),
  })
  .strict()
export type RecordRemittanceInput = z.infer<typeof RecordRemittance>
