"use server"
import { revalidatePath } from "next/cache"
import { MEMBER_ROLES, type MemberRole } from "@zhunong/common/purchase-rules"
import type { FormState } from "@/components/form-state"
import { problemOf } from "@/lib/problems"
import { parseYuan } from "@zhunong/common/money"
import { DECLARATION_KINDS, DeclareShare, ReviewDeclaration } from "@zhunong/common/office-forms"
import { schemaProblem, text } from "@/lib/form-data"
import { createInvite, declareShare, decideMembership, reviewDeclaration, revokeInvite } from "@/lib/data/units"

export async function decideAction(_state: FormState, formData: FormData): Promise<FormState> {
  const unitId = String(formData.get("unit_id") ?? "")
  const action = formData.get("action") === "remove" ? "remove" : "approve"
  try {
    await decideMembership(unitId, String(formData.get("membership_id") ?? ""), action)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath(`/units/${unitId}`)
  return { ok: true }
}

export async function createInviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const unitId = String(formData.get("unit_id") ?? "")
  const role = String(formData.get("role") ?? "member")
  const days = Number(formData.get("expires_in_days") ?? 14)
  if (!(MEMBER_ROLES as readonly string[]).includes(role)) return { field: "role", message: "role: 请选择角色" }
  if (!Number.isInteger(days) || days < 1 || days > 90) return { field: "expires_in_days", message: "有效期应为1–90天" }
  try {
    await createInvite(unitId, {
      role: role as MemberRole,
      auto_approve: formData.get("auto_approve") === "on",
      expires_in_days: days,
    })
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath(`/units/${unitId}`)
  return { ok: true }
}

export async function revokeInviteAction(formData: FormData) {
  const unitId = String(formData.get("unit_id") ?? "")
  await revokeInvite(unitId, String(formData.get("invite_id") ?? ""))
  revalidatePath(`/units/${unitId}`)
}

/** 预留份额申报: amounts typed in 元, checked by the shared schema before the backend checks the rate. */
export async function declareShareAction(_state: FormState, formData: FormData): Promise<FormState> {
  const unitId = text(formData, "unit_id")
  const kind = DECLARATION_KINDS.find((k) => k === text(formData, "kind"))
  if (!kind) return { field: "kind", message: "请选择食堂情况" }
  const own = kind === "canteen" || kind === "outsourced"
  const yuan = (field: string) => {
    const value = text(formData, field)
    return value ? (parseYuan(value.replace(/[,，\s]/g, "")) ?? Number.NaN) : null
  }
  const parsed = DeclareShare.safeParse({
    kind,
    canteen_total_fen: own ? yuan("canteen_total_yuan") : null,
    reserved_fen: own ? yuan("reserved_yuan") : null,
    representative_unit_id: kind === "shared_canteen" ? text(formData, "representative_unit_id") || null : null,
    contractor_name: kind === "outsourced" ? text(formData, "contractor_name") : null,
    reason: text(formData, "reason") || null,
  })
  const yuanField = (field: string | null) =>
    field === "canteen_total_fen" ? "canteen_total_yuan" : field === "reserved_fen" ? "reserved_yuan" : field
  if (!parsed.success) {
    const problem = schemaProblem(parsed.error)
    return { ...problem, field: yuanField(problem.field) }
  }
  try {
    await declareShare(unitId, parsed.data)
  } catch (error) {
    const problem = problemOf(error)
    return { ...problem, field: yuanField(problem.field) }
  }
  revalidatePath(`/units/${unitId}`)
  return { ok: true, message: "已提交，等待审核" }
}

/** 主管单位审核: pass a subordinate's declaration on to the office, or return it with the reason. */
export async function reviewDeclarationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const unitId = text(formData, "unit_id")
  const parsed = ReviewDeclaration.safeParse({
    action: text(formData, "action"),
    reason: text(formData, "reason") || null,
  })
  if (!parsed.success) return schemaProblem(parsed.error)
  try {
    await reviewDeclaration(unitId, text(formData, "declaration_id"), parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath(`/units/${unitId}`)
  return { ok: true, message: parsed.data.action === "approve" ? "已审核通过，报送办公室确认" : "已退回" }
}
