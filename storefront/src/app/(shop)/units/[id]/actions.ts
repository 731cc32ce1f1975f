"use server"
import { revalidatePath } from "next/cache"
import { MEMBER_ROLES, type MemberRole } from "@zhunong/common/purchase-rules"
import type { FormState } from "@/components/form-state"
import { problemOf } from "@/lib/problems"
import { createInvite, decideMembership, revokeInvite } from "@/lib/data/units"

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
