"use server"
import { revalidatePath } from "next/cache"
import { RateOrderPart } from "@zhunong/common/shopper-forms"
import type { FormState } from "@/components/form-state"
import { problemOf } from "@/lib/problems"
import { acceptPart, ratePart } from "@/lib/data/orders"

const ids = (formData: FormData) => ({
  orderId: String(formData.get("order_id") ?? ""),
  partId: String(formData.get("part_id") ?? ""),
})

/** 验收: the buyer confirms the supplier's part arrived. */
export async function acceptAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { orderId, partId } = ids(formData)
  try {
    await acceptPart(orderId, partId)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath(`/account/orders/${orderId}`)
  return { ok: true }
}

/** 评价: stars and a comment, checked with the route's own schema before it is sent. */
export async function rateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { orderId, partId } = ids(formData)
  const comment = String(formData.get("comment") ?? "").trim()
  const parsed = RateOrderPart.safeParse({ rating: Number(formData.get("rating")), ...(comment ? { comment } : {}) })
  if (!parsed.success) return problemOf(parsed.error.issues[0].message)
  try {
    await ratePart(orderId, partId, parsed.data)
  } catch (error) {
    return problemOf(error)
  }
  revalidatePath(`/account/orders/${orderId}`)
  return { ok: true }
}
