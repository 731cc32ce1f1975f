"use server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import {
  CreateBulletin,
  DecideCheck,
  ReviewDeclaration,
  ShareCampaign,
  UpdateTarget,
} from "@zhunong/common/office-forms"
import { parseYuan } from "@zhunong/common/money"
import { BUDGET_UNIT_TYPES } from "@zhunong/common/purchase-rules"
import type { FormState } from "@/components/form-state"
import { safeNext } from "@/lib/next-path"
import { problemOf } from "@/lib/problems"
import { isEmail, schemaProblem, text } from "@/lib/form-data"
import {
  createBulletin,
  createTarget,
  decideCheck,
  decideDeclaration,
  remindUnits,
  saveShareCampaign,
  decideOfflinePurchase,
  officeSignIn,
  officeSignOut,
  requestExport,
  updateTarget,
} from "@/lib/data/office"

export async function officeSignInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const email = text(formData, "email").toLowerCase()
  if (!isEmail(email)) return { field: "email", message: "请输入正确的邮箱地址" }
  try {
    await officeSignIn(email, String(formData.get("password") ?? ""))
  } catch (error) {
    return problemOf(error)
  }
  const next = safeNext(text(formData, "next"))
  redirect(next.startsWith("/office") ? next : "/office")
}

export async function officeSignOutAction() {
  await officeSignOut()
  redirect("/office/login")
}

/** 疑点: the office's decision on a finding, with its note; kept as history by the backend. */
export async function decideCheckAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = DecideCheck.safeParse({
    decision: text(formData, "decision"),
    note: text(formData, "note"),
    from: text(formData, "from") || undefined,
    to: text(formData, "to") || undefined,
  })
  if (!parsed.success) return schemaProblem(parsed.error)
  try {
    await decideCheck(text(formData, "finding_key"), parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/office/checks")
  return { ok: true, message: "已记录" }
}

/** 平台外采购: verify, or reject with the reason the unit will read. */
export async function decideOfflineAction(_state: FormState, formData: FormData): Promise<FormState> {
  const action = text(formData, "action")
  if (action !== "verify" && action !== "reject") return { field: "action", message: "请选择核实或退回" }
  const reason = text(formData, "reason")
  if (action === "reject" && reason.length < 2) return { field: "reason", message: "退回须写明原因" }
  try {
    await decideOfflinePurchase(text(formData, "id"), { action, ...(reason ? { reason } : {}) })
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/office/offline")
  return { ok: true, message: action === "verify" ? "已核实，计入统计" : "已退回" }
}

/** A percentage as typed (up to two decimals) → basis points; null when it is not one. */
function basisPointsOf(value: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.replace(/[%％\s]/g, ""))
  return match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : null
}

/**
 * 新建目标: a jurisdiction's amount for the year, or a share every budget unit's canteen buys from
 * 脱贫县 (the 预留份额 rule). The backend checks the jurisdiction is the office's own.
 */
export async function createTargetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const kind = text(formData, "kind")
  const base = {
    name: text(formData, "name"),
    year: Number(text(formData, "year")),
    jurisdiction_code: text(formData, "jurisdiction_code"),
  }
  if (!base.name) return { field: "name", message: "请填写目标名称" }
  let body: Record<string, unknown>
  if (kind === "amount") {
    const fen = parseYuan(text(formData, "amount_yuan"))
    if (!fen) return { field: "amount_yuan", message: "请填写金额（元），如 100000000" }
    body = { ...base, scope: "jurisdiction", metric: "amount", threshold_fen: fen }
  } else if (kind === "canteen_share") {
    const bp = basisPointsOf(text(formData, "rate_percent"))
    if (!bp || bp > 10_000) return { field: "rate_percent", message: "请填写 0.01–100 之间的百分比" }
    body = {
      ...base,
      scope: "unit_type",
      unit_types: [...BUDGET_UNIT_TYPES],
      metric: "share_of_canteen",
      rate_bp: bp,
      poverty_only: true,
      channels: ["canteen"],
    }
  } else return { field: "kind", message: "请选择目标类型" }
  try {
    await createTarget(body)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/office/targets")
  return { ok: true, message: "目标已创建" }
}

/** 修改目标: its name and figure (amount in 元, or share in %). */
export async function updateTargetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const metric = text(formData, "metric")
  const figure =
    metric === "amount"
      ? { threshold_fen: parseYuan(text(formData, "amount_yuan")) ?? Number.NaN }
      : { rate_bp: basisPointsOf(text(formData, "rate_percent")) ?? Number.NaN }
  const parsed = UpdateTarget.safeParse({ name: text(formData, "name"), ...figure })
  if (!parsed.success) {
    const problem = schemaProblem(parsed.error)
    const field =
      problem.field === "threshold_fen" ? "amount_yuan" : problem.field === "rate_bp" ? "rate_percent" : problem.field
    return { ...problem, field }
  }
  try {
    await updateTarget(text(formData, "id"), parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/office/targets")
  revalidatePath("/office")
  return { ok: true, message: "已保存" }
}

/** 导出: queues a 台账 (months) or 月报 (year) export; the page then follows its progress. */
export async function requestExportAction(_state: FormState, formData: FormData): Promise<FormState> {
  const report = text(formData, "report")
  const format = text(formData, "format") === "xlsx" ? "xlsx" : "csv"
  const body =
    report === "monthly"
      ? { report, format, year: Number(text(formData, "year")) }
      : { report: "ledger", format, from: text(formData, "from") || undefined, to: text(formData, "to") || undefined }
  try {
    await requestExport(body)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/office/exports")
  return { ok: true, message: "已开始导出" }
}

/** 发起预留份额申报: the deadline and the minimum share (typed in %) of the year's call. */
export async function saveShareCampaignAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = ShareCampaign.safeParse({
    year: Number(text(formData, "year")),
    deadline: text(formData, "deadline"),
    rate_bp: basisPointsOf(text(formData, "rate_percent")) ?? Number.NaN,
  })
  if (!parsed.success) {
    const problem = schemaProblem(parsed.error)
    return { ...problem, field: problem.field === "rate_bp" ? "rate_percent" : problem.field }
  }
  try {
    await saveShareCampaign(parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/office/reserved-share")
  return { ok: true, message: "已保存" }
}

/** 提醒: a notice to the admins of every unit that has not declared. */
export async function remindUnitsAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    const { units, reminded } = await remindUnits(Number(text(formData, "year")))
    return { ok: true, message: `已提醒 ${units} 个未申报单位的 ${reminded} 位管理员` }
  } catch (error) {
    return problemOf(error)
  }
}

/** 确认 or 退回 a declaration (after its 主管单位's review). */
export async function decideDeclarationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = ReviewDeclaration.safeParse({
    action: text(formData, "action"),
    reason: text(formData, "reason") || null,
  })
  if (!parsed.success) return schemaProblem(parsed.error)
  try {
    await decideDeclaration(text(formData, "declaration_id"), parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/office/reserved-share")
  return { ok: true, message: parsed.data.action === "approve" ? "已确认" : "已退回" }
}

/** 生成通报: the ranking kept as it stands today; opens the printable page. */
export async function createBulletinAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = CreateBulletin.safeParse({ year: text(formData, "year"), title: text(formData, "title") })
  if (!parsed.success) return schemaProblem(parsed.error)
  let id: string
  try {
    id = (await createBulletin(parsed.data)).id
  } catch (error) {
    return problemOf(error)
  }
  redirect(`/office/reserved-share/bulletins/${id}`)
}
