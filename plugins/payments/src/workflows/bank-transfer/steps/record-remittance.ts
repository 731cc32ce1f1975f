import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatYuan } from "@zhunong/common/money"
import { BANK_TRANSFER_STATUS_LABELS, payerMatches, type RecordRemittanceInput } from "@zhunong/common/payment-rules"
import type { Funding } from "@zhunong/common/purchase-rules"
import { invalid } from "@zhunong/common/server/errors"
import { MedusaError } from "@medusajs/framework/utils"
import { bankTransfers } from "../../../modules/bank-transfer"

export type RemittanceInput = Omit<RecordRemittanceInput, "voucher"> & { order_id: string; recorded_by: string }

export interface CheckedRemittance {
  transfer_id: string
  payment_id: string
  /** The remittances, this one included, now cover the order. */
  covers: boolean
}

/**
 * Refuses a remittance that does not belong to the order: the order is not on invoice or no longer
 * awaiting payment, the bank reference was recorded before, the amount exceeds what is still owed,
 * or the payer's account is not the buying unit's. Each refusal names the field and the reason.
 */
export const checkRemittanceStep = createStep("check-remittance", async (input: RemittanceInput, { container }) => {
  const service = bankTransfers(container)
  const [transfer] = await service.listBankTransfers({ order_id: input.order_id }, { relations: ["remittances"] })
  if (!transfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单 ${input.order_id} 不是对公转账订单`)
  if (transfer.status !== "awaiting")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `订单${BANK_TRANSFER_STATUS_LABELS[transfer.status].zh}，不能再登记汇款`
    )
  const [seen] = await service.listRemittances({ bank_reference: input.bank_reference }, { select: ["id"] })
  if (seen) throw invalid("bank_reference", `银行流水号 ${input.bank_reference} 已经登记过，同一笔到账不能重复登记`)
  const received = transfer.remittances.reduce((sum, r) => sum + r.amount_fen, 0)
  const owed = transfer.amount_fen - received
  if (input.amount_fen > owed)
    throw invalid(
      "amount_fen",
      `到账金额 ¥${formatYuan(input.amount_fen)} 超过尚欠金额 ¥${formatYuan(owed)}，请核对银行流水（多付部分应退回付款单位）`
    )
  if (!payerMatches(input.payer_account_name, transfer.payer_name, transfer.funding as Funding))
    throw invalid(
      "payer_account_name",
      `付款户名“${input.payer_account_name}”不是采购单位“${transfer.payer_name}”${transfer.funding === "union" ? "或其工会" : ""}，不能计为本订单的货款`
    )
  return new StepResponse<CheckedRemittance>({
    transfer_id: transfer.id,
    payment_id: transfer.payment_id,
    covers: input.amount_fen === owed,
  })
})

/** Keeps the remittance and its voucher; undone by deleting it. */
export const createRemittanceStep = createStep(
  "create-remittance",
  async (
    input: RemittanceInput & {
      transfer_id: string
      voucher: { id: string; filename: string; mime_type: string } | null
    },
    { container }
  ) => {
    const created = await bankTransfers(container).createRemittances({
      transfer_id: input.transfer_id,
      amount_fen: input.amount_fen,
      payer_account_name: input.payer_account_name,
      bank_reference: input.bank_reference,
      remitted_on: input.remitted_on,
      voucher_file_id: input.voucher?.id ?? null,
      voucher_filename: input.voucher?.filename ?? null,
      voucher_mime_type: input.voucher?.mime_type ?? null,
      recorded_by: input.recorded_by,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await bankTransfers(container).deleteRemittances(id)
  }
)
