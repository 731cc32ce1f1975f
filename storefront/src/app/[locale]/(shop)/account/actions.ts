"use server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { JoinByCode } from "@zhunong/common/shopper-forms"
import type { FormState } from "@/components/form-state"
import { readAddress } from "@/lib/address"
import { safeNext } from "@/lib/next-path"
import { problemOf } from "@/lib/problems"
import { isEmail, text } from "@/lib/form-data"
import { addAddress, deleteAddress, signIn, signOut, signUp } from "@/lib/data/customer"
import { joinByCode } from "@/lib/data/units"

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const email = text(formData, "email").toLowerCase()
  if (!isEmail(email)) return { field: "email", message: "请输入正确的邮箱地址" }
  try {
    await signIn(email, String(formData.get("password") ?? ""))
  } catch (error) {
    return problemOf(error)
  }
  redirect(safeNext(text(formData, "next")))
}

export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = {
    email: text(formData, "email").toLowerCase(),
    password: String(formData.get("password") ?? ""),
    last_name: text(formData, "last_name"),
    first_name: text(formData, "first_name"),
    phone: text(formData, "phone") || undefined,
  }
  if (!isEmail(input.email)) return { field: "email", message: "请输入正确的邮箱地址" }
  if (input.password.length < 8) return { field: "password", message: "密码至少8位" }
  if (!input.last_name) return { field: "last_name", message: "请填写姓" }
  if (!input.first_name) return { field: "first_name", message: "请填写名" }
  if (input.phone && !/^1\d{10}$/.test(input.phone)) return { field: "phone", message: "请输入11位手机号" }
  try {
    await signUp(input)
  } catch (error) {
    return problemOf(error)
  }
  redirect(safeNext(text(formData, "next")))
}

export async function signOutAction() {
  await signOut()
  redirect("/")
}

export async function joinAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = JoinByCode.safeParse({ code: text(formData, "code") })
  if (!parsed.success) return problemOf(parsed.error.issues[0].message)
  try {
    const membership = await joinByCode(parsed.data.code)
    revalidatePath("/account")
    return { ok: true, message: membership.status === "active" ? "已加入单位" : "已提交加入申请，等待单位管理员审批" }
  } catch (error) {
    return problemOf(error)
  }
}

export async function addAddressAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { address, problem } = readAddress(formData)
  if (!address) return problem
  try {
    await addAddress(address)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/account/addresses")
  return { ok: true }
}

export async function deleteAddressAction(formData: FormData) {
  await deleteAddress(text(formData, "address_id"))
  revalidatePath("/account/addresses")
}
