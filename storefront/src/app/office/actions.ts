"use server"
import { redirect } from "next/navigation"
import type { FormState } from "@/components/form-state"
import { safeNext } from "@/lib/next-path"
import { problemOf } from "@/lib/problems"
import { isEmail, text } from "@/lib/form-data"
import { officeSignIn, officeSignOut } from "@/lib/data/office"

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
