import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { BankTransferStatus, RecordRemittanceInput } from "@zhunong/common/payment-rules"
import { sdk } from "@zhunong/common/admin/sdk"

export interface AdminRemittance {
  id: string
  amount_fen: number
  payer_account_name: string
  bank_reference: string
  remitted_on: string
  recorded_by: string
  recorded_at: string
  voucher: { filename: string; mime_type: string } | null
}

export interface AdminBankTransfer {
  reference: string
  status: BankTransferStatus
  amount_fen: number
  received_fen: number
  outstanding_fen: number
  payer_name: string
  funding: string
  payee: { name: string; bank: string; account: string }
  due_at: string
  overdue: boolean
  flagged_at: string | null
  cancel_after: string
  paid_at: string | null
  canceled_at: string | null
  remittances: AdminRemittance[]
}

const key = (orderId: string) => ["orders", orderId, "bank-transfer"]

/** The order's transfer (null when it is not paid by 对公转账). */
export const useBankTransfer = (orderId: string) =>
  useQuery({
    queryKey: key(orderId),
    queryFn: () =>
      sdk.client.fetch<{ bank_transfer: AdminBankTransfer | null }>(`/admin/orders/${orderId}/bank-transfer`),
  })

/** Records a remittance; every order query is refetched (Medusa's order page too), since a covering one captures its payment. */
export const useRecordRemittance = (orderId: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: RecordRemittanceInput) =>
      sdk.client.fetch<{ bank_transfer: AdminBankTransfer }>(`/admin/orders/${orderId}/bank-transfer/remittances`, {
        method: "POST",
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["orders"] }),
  })
}
