"use server"
import { refresh } from "next/cache"
import { updateLine } from "@/lib/data/cart"

/** Sets a line's quantity; 0 removes it. */
export async function updateLineAction(formData: FormData) {
  const lineId = String(formData.get("line_id") ?? "")
  const quantity = Number(formData.get("quantity"))
  if (!lineId || !Number.isInteger(quantity) || quantity < 0 || quantity > 999) return
  await updateLine(lineId, quantity)
  // the cart page again; the catalog pages stay cached (the header asks for its count itself)
  refresh()
}
