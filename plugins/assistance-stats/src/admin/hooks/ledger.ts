import { useMutation, useQuery } from "@tanstack/react-query"
import { sdk } from "@zhunong/common/admin/sdk"
import type { NotCountedReason } from "@zhunong/common/counting-rules"

export interface Entry {
  seq: number
  kind: "sale" | "reversal"
  day: string
  order_display_id: number | null
  product_title: string
  quantity: number
  amount_fen: number
  supplier_name: string | null
  unit_name: string | null
  counted: boolean
  not_counted_reason: NotCountedReason | null
}

export interface Verification {
  ok: boolean
  checked: number
  break: { seq: number; message: string } | null
}

/** The newest ledger rows, with how many there are in all. */
export const useLedgerEntries = (limit: number) =>
  useQuery({
    queryKey: ["ledger", "entries", limit],
    queryFn: () =>
      sdk.client.fetch<{ entries: Entry[]; count: number }>("/admin/ledger", { query: { order: "-seq", limit } }),
  })

/** Checks the whole hash chain; a mutation because the operator asks for it, not the page. */
export const useVerifyLedger = () =>
  useMutation({ mutationFn: () => sdk.client.fetch<Verification>("/admin/ledger/verify") })
