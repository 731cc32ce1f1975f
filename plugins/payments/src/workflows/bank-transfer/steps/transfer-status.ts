import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BankTransferStatus } from "@zhunong/common/payment-rules"
import { bankTransfers } from "../../../modules/bank-transfer"

type Previous = { id: string; status: BankTransferStatus; paid_at: Date | null; canceled_at: Date | null }

/**
 * Moves a transfer to `paid` or `canceled` (stamping when); undone back to what it was. A transfer
 * already in that state, or of an order not on invoice, is left alone.
 */
export const setTransferStatusStep = createStep(
  "set-bank-transfer-status",
  async (input: { order_id: string; status: "paid" | "canceled" }, { container }) => {
    const service = bankTransfers(container)
    const [transfer] = await service.listBankTransfers(
      { order_id: input.order_id },
      { select: ["id", "status", "paid_at", "canceled_at"] }
    )
    if (!transfer || transfer.status === input.status) return new StepResponse<boolean, Previous | null>(false, null)
    const now = new Date()
    await service.updateBankTransfers({
      id: transfer.id,
      status: input.status,
      ...(input.status === "paid" ? { paid_at: now } : { canceled_at: now }),
    })
    return new StepResponse<boolean, Previous | null>(true, {
      id: transfer.id,
      status: transfer.status,
      paid_at: transfer.paid_at,
      canceled_at: transfer.canceled_at,
    })
  },
  async (previous, { container }) => {
    if (previous) await bankTransfers(container).updateBankTransfers(previous)
  }
)

/**
 * Marks transfers still awaiting payment after their due date as overdue, once each; undone by
 * clearing the marks. Returns what the reminders need.
 */
export const flagOverdueTransfersStep = createStep(
  "flag-overdue-bank-transfers",
  async (input: { now: Date }, { container }) => {
    const service = bankTransfers(container)
    const due = await service.listBankTransfers(
      { status: "awaiting", flagged_at: null, due_at: { $lt: input.now } },
      { select: ["id", "order_id", "reference", "amount_fen", "payer_name", "due_at"] }
    )
    if (due.length) await service.updateBankTransfers(due.map((t) => ({ id: t.id, flagged_at: input.now })))
    return new StepResponse(
      due,
      due.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await bankTransfers(container).updateBankTransfers(ids.map((id) => ({ id, flagged_at: null })))
  }
)
