import type { MedusaContainer } from "@medusajs/framework/types"
import { bankTransfers } from "../modules/bank-transfer"

const DAY_MS = 86_400_000

/**
 * An order's transfer as the buyer and the operator read it: what is owed and received, whether it
 * is overdue and when an unpaid order will be cancelled, and the remittances (with who recorded them
 * and the voucher only for the operator). Null when the order is not paid by transfer.
 */
export async function bankTransferView(
  scope: Pick<MedusaContainer, "resolve">,
  orderId: string,
  audience: "buyer" | "operator"
) {
  const service = bankTransfers(scope)
  const [transfer] = await service.listBankTransfers({ order_id: orderId }, { relations: ["remittances"] })
  if (!transfer) return null
  const received = transfer.remittances.reduce((sum, r) => sum + r.amount_fen, 0)
  const dueAt = new Date(transfer.due_at)
  const remittances = [...transfer.remittances]
    .sort((a, b) => a.remitted_on.localeCompare(b.remitted_on) || +new Date(a.created_at) - +new Date(b.created_at))
    .map((r) => ({
      id: r.id,
      amount_fen: r.amount_fen,
      payer_account_name: r.payer_account_name,
      bank_reference: r.bank_reference,
      remitted_on: r.remitted_on,
      ...(audience === "operator"
        ? {
            recorded_by: r.recorded_by,
            recorded_at: r.created_at,
            voucher: r.voucher_file_id ? { filename: r.voucher_filename, mime_type: r.voucher_mime_type } : null,
          }
        : {}),
    }))
  return {
    order_id: transfer.order_id,
    reference: transfer.reference,
    status: transfer.status,
    amount_fen: transfer.amount_fen,
    received_fen: received,
    outstanding_fen: transfer.status === "awaiting" ? transfer.amount_fen - received : 0,
    payer_name: transfer.payer_name,
    funding: transfer.funding,
    payee: transfer.payee,
    due_at: dueAt,
    overdue: transfer.status === "awaiting" && dueAt.getTime() < Date.now(),
    flagged_at: transfer.flagged_at,
    /** An order still unpaid by then is cancelled. */
    cancel_after: new Date(dueAt.getTime() + service.terms().grace_days * DAY_MS),
    paid_at: transfer.paid_at,
    canceled_at: transfer.canceled_at,
    remittances,
  }
}
