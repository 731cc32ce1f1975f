import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/**
 * Medusa amounts are decimal yuan (BigNumber, or numbers from computed totals); the ledger and every
 * plugin keep integer fen. Rounded half-up to the fen with exact decimal arithmetic. Server-side only
 * (src/lib holds the dependency-free money helpers).
 */
export const toFen = (amount: BigNumberInput) => MathBN.convert(MathBN.mult(amount, 100), 0).toNumber()

/** The order-line total fields `soldLineFen` reads; ask query.graph for these (with an order-level total, so lines get totals). */
export const SOLD_LINE_FIELDS = ["items.total", "items.return_received_total", "items.return_dismissed_total"]

/**
 * A line's total as sold, in fen. Medusa's line `total` counts only the units not yet returned, so
 * after a return it is smaller; the returned units' totals (received and dismissed) add back the rest.
 */
export const soldLineFen = (item: {
  total: BigNumberInput
  return_received_total?: BigNumberInput | null
  return_dismissed_total?: BigNumberInput | null
}) => toFen(MathBN.sum(item.total, item.return_received_total ?? 0, item.return_dismissed_total ?? 0))
