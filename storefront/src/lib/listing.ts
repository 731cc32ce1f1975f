import { formatYuan, parseYuan } from "@zhunong/common/money"
import type { Listing, Variant } from "./data/supplier"

/** A variant's price in 元 as the form shows it (Medusa keeps yuan decimals; our routes speak fen). */
export function variantPrice(variant: Variant): string {
  const cny = variant.prices.find((p) => p.currency_code === "cny") ?? variant.prices[0]
  // read from its decimal text, so 69.9 is exactly 6990 fen
  const fen = cny ? parseYuan(String(cny.amount)) : null
  return fen === null ? "" : formatYuan(fen)
}

/** Stock and reserved units at the supplier's location (its variants are stocked only there). */
export function variantStock(variant: Variant): { stock: number; reserved: number } {
  const levels = variant.inventory_items.flatMap((i) => i.inventory?.location_levels ?? [])
  return {
    stock: levels.reduce((sum, l) => sum + Number(l.stocked_quantity), 0),
    reserved: levels.reduce((sum, l) => sum + Number(l.reserved_quantity), 0),
  }
}

const DAY = 24 * 60 * 60 * 1000

/**
 * What a listing's row says about its certificates: none valid (missing), the soonest valid one
 * ending within 90 days (expiring), or fine — measured from `today` (YYYY-MM-DD, Asia/Shanghai).
 */
export function certificateState(
  listing: Listing,
  today: string
): { kind: "missing" } | { kind: "expiring"; days: number; number: string } | { kind: "valid"; number: string } {
  const valid = listing.certificates
    .filter((c) => c.status === "valid" && c.valid_to >= today)
    .sort((a, b) => b.valid_to.localeCompare(a.valid_to))
  if (!valid.length) return { kind: "missing" }
  const best = valid[0]
  const days = Math.round((Date.parse(best.valid_to) - Date.parse(today)) / DAY)
  return days <= 90 ? { kind: "expiring", days, number: best.number } : { kind: "valid", number: best.number }
}
