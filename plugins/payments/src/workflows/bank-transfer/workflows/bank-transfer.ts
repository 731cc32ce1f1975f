import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  releaseLockStep,
  sendNotificationsStep,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { formatYuan } from "@zhunong/common/money"
import type { RecordRemittanceInput } from "@zhunong/common/payment-rules"
import { createBankTransferStep, prepareBankTransferStep } from "../steps/open-bank-transfer"
import { checkRemittanceStep, createRemittanceStep, type RemittanceInput } from "../steps/record-remittance"
import { flagOverdueTransfersStep, setTransferStatusStep } from "../steps/transfer-status"

/**
 * `order.placed`, paid by 对公转账: opens the order's transfer and emails the buyer the payee's
 * account, the amount and the reference to write in the remittance's 附言. Under a lock per order, so
 * two deliveries of the event at once open one transfer.
 */
export const openBankTransferWorkflow = createWorkflow("open-bank-transfer", (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => `open-bank-transfer:${input.order_id}`)
  // a short expiry: a process killed while holding it (faults.spec) must not block the repair for long
  acquireLockStep({ key, timeout: 30, ttl: 10 })
  const opening = prepareBankTransferStep(input)
  const transfer = createBankTransferStep(opening)
  when({ opening }, ({ opening }) => !!opening?.email).then(() => {
    sendNotificationsStep(
      transform({ opening }, ({ opening }) => [
        {
          to: opening!.email!,
          channel: "email",
          template: "bank-transfer-instructions",
          data: {
            order_id: opening!.order_id,
            display_id: opening!.display_id,
            amount: formatYuan(opening!.amount_fen),
            reference: opening!.reference,
            payee: opening!.payee,
            due_at: opening!.due_at,
          },
        },
      ])
    )
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transfer)
})

/**
 * An operator records a remittance read off the bank statement. Checked against the order (amount,
 * payer, reference), kept with its voucher as a private file; when the remittances cover the order
 * its payment is captured — which marks it 已支付 and puts the payment on its 台账 rows.
 */
export const recordRemittanceWorkflow = createWorkflow(
  "record-remittance",
  (input: RemittanceInput & { voucher?: RecordRemittanceInput["voucher"] }) => {
    const checked = checkRemittanceStep(input)
    const stored = when({ input }, ({ input }) => !!input.voucher).then(() =>
      uploadFilesWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          files: [
            {
              filename: input.voucher!.filename,
              mimeType: input.voucher!.mime_type,
              content: input.voucher!.content_base64,
              access: "private" as const,
            },
          ],
        })),
      })
    )
    const remittance = createRemittanceStep(
      transform({ input, checked, stored }, ({ input, checked, stored }) => ({
        order_id: input.order_id,
        recorded_by: input.recorded_by,
        amount_fen: input.amount_fen,
        payer_account_name: input.payer_account_name,
        bank_reference: input.bank_reference,
        remitted_on: input.remitted_on,
        transfer_id: checked.transfer_id,
        voucher:
          input.voucher && stored?.[0]
            ? { id: stored[0].id, filename: input.voucher.filename, mime_type: input.voucher.mime_type }
            : null,
      }))
    )
    when({ checked }, ({ checked }) => checked.covers).then(() => {
      setTransferStatusStep(
        transform({ input }, ({ input }) => ({ order_id: input.order_id, status: "paid" as const }))
      )
      capturePaymentWorkflow.runAsStep({
        input: transform({ checked, input }, ({ checked, input }) => ({
          payment_id: checked.payment_id,
          captured_by: input.recorded_by,
        })),
      })
    })
    return new WorkflowResponse(remittance)
  }
)

/** Transfers past their due date are marked overdue once and the buyer is reminded. */
export const flagOverdueBankTransfersWorkflow = createWorkflow(
  "flag-overdue-bank-transfers",
  (input: { now: Date }) => {
    const flagged = flagOverdueTransfersStep(input)
    return new WorkflowResponse(flagged)
  }
)

/**
 * An order on invoice still unpaid after its grace period: cancelled through Medusa, which releases
 * its stock reservations and cancels the authorised payment; its 台账 rows are reversed by the
 * ledger on `order.canceled`. The transfer is marked first, so a failed cancellation undoes the mark.
 */
export const cancelUnpaidBankTransferWorkflow = createWorkflow(
  "cancel-unpaid-bank-transfer",
  (input: { order_id: string }) => {
    setTransferStatusStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, status: "canceled" as const }))
    )
    cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
    return new WorkflowResponse(input.order_id)
  }
)

/** `order.canceled` by anyone: an open transfer of the order stops awaiting payment. */
export const closeCanceledBankTransferWorkflow = createWorkflow(
  "close-canceled-bank-transfer",
  (input: { order_id: string }) => {
    return new WorkflowResponse(
      setTransferStatusStep(
        transform({ input }, ({ input }) => ({ order_id: input.order_id, status: "canceled" as const }))
      )
    )
  }
)
