import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bankTransferView } from "../../../../bank-transfer-view"

/** The order's transfer for the operator's widget: owed, received, remittances with vouchers; null when not on invoice. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ bank_transfer: await bankTransferView(req.scope, req.params.id, "operator") })
}
