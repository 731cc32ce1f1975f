import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyLedger } from "../../../../queries/verify-ledger"

/** Checks the ledger's hash chain end to end: `{ ok, checked, break }` with the first broken entry. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await verifyLedger(req.scope))
}
