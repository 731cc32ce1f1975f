import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/**
 * Medusa amounts are decimal yuan (BigNumber, or numbers from computed totals); the ledger and every
 * plugin keep integer fen. Rounded half-up to the fen with exact decimal arithmetic. Server-side only
 * (src/lib holds the dependency-free money helpers).
 */
export const toFen = (amount: BigNumberInput) => MathBN.convert(MathBN.mult(amount, 100), 0).toNumber()
