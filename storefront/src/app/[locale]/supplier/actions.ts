"use server"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { parseYuan } from "@zhunong/common/money"
import {
  ClaimSupplierUser,
  CreateListing,
  InviteSupplierUser,
  InvoicePart,
  ShipPart,
  SupplierApplyCertificate,
  SupplierRegistration,
  UpdateListing,
  UpdateVariant,
} from "@zhunong/common/supplier-forms"
import type { FormState } from "@/components/form-state"
import { safeNext } from "@/lib/next-path"
import { problemOf } from "@/lib/problems"
import { isEmail, jsonField, optional, schemaProblem, text } from "@/lib/form-data"
import {
  applyCertificate,
  claimSeat,
  createListing,
  findCounties,
  invoicePart,
  inviteUser,
  markRead,
  registerSupplier,
  removeUser,
  shipPart,
  supplierSignIn,
  supplierSignOut,
  supplierSignUp,
  updateListing,
  updateVariant,
  type CountyChoice,
} from "@/lib/data/supplier"

/** Where a portal page goes after signing in: inside the portal only. */
const portalNext = (formData: FormData) => {
  const next = safeNext(text(formData, "next"))
  return next.startsWith("/supplier") ? next : "/supplier"
}

export async function supplierSignInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const email = text(formData, "email").toLowerCase()
  if (!isEmail(email)) return { field: "email", message: "请输入正确的邮箱地址" }
  try {
    await supplierSignIn(email, String(formData.get("password") ?? ""))
  } catch (error) {
    return problemOf(error)
  }
  redirect(portalNext(formData))
}

/** A new login, then the registration form (or, with an invite code, the team it joins). */
export async function supplierSignUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const email = text(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  if (!isEmail(email)) return { field: "email", message: "请输入正确的邮箱地址" }
  if (password.length < 8) return { field: "password", message: "密码至少8位" }
  try {
    await supplierSignUp(email, password)
  } catch (error) {
    return problemOf(error)
  }
  const code = text(formData, "code")
  redirect(code ? `/supplier/join?code=${encodeURIComponent(code)}` : "/supplier/register")
}

export async function supplierSignOutAction() {
  await supplierSignOut()
  redirect("/supplier/login")
}

/** Counties matching what the person typed, with the verdict registration would give. */
export async function searchCountiesAction(q: string): Promise<CountyChoice[]> {
  const query = q.trim()
  if (!query || query.length > 20) return []
  try {
    return await findCounties({ q: query })
  } catch {
    return []
  }
}

export async function registerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = SupplierRegistration.safeParse({
    name: text(formData, "name"),
    uscc: text(formData, "uscc"),
    entity_type: text(formData, "entity_type"),
    county_code: text(formData, "county_code"),
    contact_name: text(formData, "contact_name"),
    contact_phone: text(formData, "contact_phone"),
    address: optional(formData, "address"),
    user_name: text(formData, "user_name"),
  })
  if (!parsed.success) return schemaProblem(parsed.error)
  try {
    await registerSupplier(parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  redirect("/supplier")
}

export async function claimAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = ClaimSupplierUser.safeParse({ code: text(formData, "code") })
  if (!parsed.success) return schemaProblem(parsed.error)
  try {
    await claimSeat(parsed.data.code)
  } catch (error) {
    return problemOf(error)
  }
  redirect("/supplier")
}

/** The listing form's variants: rows of title, price in 元 (stored as fen), stock and SKU. */
function readVariants(formData: FormData): { variants: unknown[] } | { problem: FormState } {
  const titles = formData.getAll("variant_title").map(String)
  const prices = formData.getAll("variant_price").map(String)
  const stocks = formData.getAll("variant_stock").map(String)
  const skus = formData.getAll("variant_sku").map(String)
  const variants: unknown[] = []
  for (const [i, title] of titles.entries()) {
    const price = parseYuan(prices[i] ?? "")
    if (price === null)
      return { problem: { field: `variants.${i}.price_fen`, message: "请输入价格（元），如 39.9，最多两位小数" } }
    const stock = Number((stocks[i] ?? "").trim())
    if (!/^\d+$/.test((stocks[i] ?? "").trim()))
      return { problem: { field: `variants.${i}.stock`, message: "库存应为0或正整数" } }
    variants.push({ title: title.trim(), price_fen: price, stock, sku: skus[i]?.trim() || null })
  }
  return { variants }
}

const listingFields = (formData: FormData) => ({
  title: text(formData, "title"),
  subtitle: optional(formData, "subtitle"),
  description: optional(formData, "description"),
  images: formData.getAll("image").map((url) => ({ url: String(url) })),
  status: text(formData, "status") || "published",
  county_code: text(formData, "county_code") || undefined,
})

export async function createListingAction(_state: FormState, formData: FormData): Promise<FormState> {
  const rows = readVariants(formData)
  if ("problem" in rows) return rows.problem
  const parsed = CreateListing.safeParse({ ...listingFields(formData), variants: rows.variants })
  if (!parsed.success) return schemaProblem(parsed.error)
  let id: string
  try {
    id = (await createListing(parsed.data)).id
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/supplier/products")
  redirect(`/supplier/products/${id}?saved=1`)
}

export async function updateListingAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = UpdateListing.safeParse(listingFields(formData))
  if (!parsed.success) return schemaProblem(parsed.error)
  const id = text(formData, "product_id")
  try {
    await updateListing(id, parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/supplier/products")
  return { ok: true, message: "已保存" }
}

/** A variant row's price (元) and stock, edited in place in the listings table. */
export async function updateVariantAction(_state: FormState, formData: FormData): Promise<FormState> {
  const price = parseYuan(text(formData, "price"))
  if (price === null) return { field: "price", message: "价格应为元，最多两位小数" }
  const stockText = text(formData, "stock")
  if (!/^\d+$/.test(stockText)) return { field: "stock", message: "库存应为0或正整数" }
  const parsed = UpdateVariant.safeParse({ price_fen: price, stock: Number(stockText) })
  if (!parsed.success) return schemaProblem(parsed.error)
  try {
    await updateVariant(text(formData, "product_id"), text(formData, "variant_id"), parsed.data)
  } catch (error) {
    const problem = problemOf(error)
    return { ...problem, field: problem.field === "price_fen" ? "price" : problem.field }
  }
  revalidatePath("/supplier/products")
  return { ok: true, message: "已更新" }
}

export async function applyCertificateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const productId = text(formData, "product_id")
  const beneficiaries = text(formData, "beneficiaries")
  const parsed = SupplierApplyCertificate.safeParse({
    type: text(formData, "type"),
    number: text(formData, "number"),
    batch: optional(formData, "batch"),
    issuer: text(formData, "issuer"),
    issuer_level: text(formData, "issuer_level"),
    poverty_mechanism: optional(formData, "poverty_mechanism"),
    beneficiaries: beneficiaries ? Number(beneficiaries) : null,
    valid_from: text(formData, "valid_from"),
    valid_to: text(formData, "valid_to"),
    evidence: formData.getAll("evidence").map(jsonField),
  })
  if (!parsed.success) return schemaProblem(parsed.error)
  try {
    await applyCertificate(productId, parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath("/supplier/certificates")
  redirect("/supplier/certificates?applied=1")
}

export async function shipAction(_state: FormState, formData: FormData): Promise<FormState> {
  const carrier = text(formData, "carrier")
  const parsed = ShipPart.safeParse({
    carrier: carrier === "other" ? text(formData, "carrier_name") : carrier,
    tracking_number: text(formData, "tracking_number"),
  })
  if (!parsed.success) {
    const problem = schemaProblem(parsed.error)
    return carrier === "other" && problem.field === "carrier" ? { ...problem, field: "carrier_name" } : problem
  }
  const id = text(formData, "part_id")
  try {
    await shipPart(id, parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath(`/supplier/orders/${id}`)
  return { ok: true, message: "已发货" }
}

export async function invoiceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = InvoicePart.safeParse({
    invoice_number: text(formData, "invoice_number"),
    invoice_file: text(formData, "invoice_file") ? jsonField(formData.get("invoice_file")) : null,
  })
  if (!parsed.success) return schemaProblem(parsed.error)
  const id = text(formData, "part_id")
  try {
    await invoicePart(id, parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath(`/supplier/orders/${id}`)
  return { ok: true, message: "发票已登记" }
}

export async function inviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = InviteSupplierUser.safeParse({
    email: text(formData, "email"),
    name: text(formData, "name"),
    role: text(formData, "role") || "staff",
  })
  if (!parsed.success) return schemaProblem(parsed.error)
  try {
    const { code } = await inviteUser(parsed.data)
    revalidatePath("/supplier/team")
    return { ok: true, message: code }
  } catch (error) {
    return problemOf(error)
  }
}

export async function removeUserAction(formData: FormData) {
  await removeUser(text(formData, "user_id"))
  revalidatePath("/supplier/team")
}

export async function markReadAction(formData: FormData) {
  const id = text(formData, "id")
  await markRead(id ? { ids: [id] } : { all: true })
  revalidatePath("/supplier", "layout")
}
