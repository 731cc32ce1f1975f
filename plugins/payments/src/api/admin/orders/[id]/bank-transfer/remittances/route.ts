import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { RecordRemittanceInput } from "@zhunong/common/payment-rules"
import { recordRemittanceWorkflow } from "../../../../../../workflows/bank-transfer/workflows/bank-transfer"
import { bankTransferView } from "../../../../../bank-transfer-view"

/**
 * Records a remittance from the bank statement. One order's remittances are recorded one at a time,
 * so two operators entering the same statement cannot both find the order still owing.
 */
export async function POST(req: AuthenticatedMedusaRequest<RecordRemittanceInput>, res: MedusaResponse) {
  const orderId = req.params.id
  const { result } = await req.scope.resolve(Modules.LOCKING).execute(
    `bank-transfer:${orderId}`,
    () =>
      recordRemittanceWorkflow(req.scope).run({
        input: { ...req.validatedBody, order_id: orderId, recorded_by: req.auth_context.actor_id },
      }),
    { timeout: 30 }
  )
  res
    .status(201)
    .json({ remittance: { id: result.id }, bank_transfer: await bankTransferView(req.scope, orderId, "operator") })
}
