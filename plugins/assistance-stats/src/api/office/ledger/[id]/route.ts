import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ledgerRowDetail } from "../../../../queries/ledger-row"
import { officeOf } from "../../../office-session"

/** One 台账 row of the office's subtree with its order, completion, evidence, files and place in the chain. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await ledgerRowDetail(req.scope, req.params.id, officeOf(req).subtree))
}
