"use server"
import type { FormState } from "@/components/form-state"
import { addToCart } from "@/lib/data/cart"
import { problemOf } from "@/lib/problems"

export async function addToCartAction(_state: FormState, formData: FormData): Promise<FormState> {
  const variantId = String(formData.get("variant_id") ?? "")
  const quantity = Number(formData.get("quantity"))
  if (!variantId) return { field: "variant_id", message: "variant_id: 请选择规格" }
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 999)
    return { field: "quantity", message: "数量应为1–999的整数" }
  try {
    await addToCart(variantId, quantity)
  } catch (error) {
    return problemOf(error)
  }
  return { ok: true }
}
