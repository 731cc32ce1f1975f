import { useQuery } from "@tanstack/react-query"
import type { Channel, Funding, MemberRole, UnitType } from "@zhunong/common/purchase-rules"
import { sdk } from "@zhunong/common/admin/sdk"

export interface Attribution {
  unit_id: string | null
  unit_name: string | null
  unit_type: UnitType | null
  unit_uscc: string | null
  parent_chain: { id: string; name: string }[] | null
  jurisdiction_chain: string[] | null
  channel: Channel
  funding: Funding
  member_role: MemberRole | null
  amount_fen: number
  attributed_at: string
}

/** The attribution snapshotted when the order was placed (it never changes, so it is never refetched). */
export const useOrderAttribution = (orderId: string) =>
  useQuery({
    queryKey: ["orders", orderId, "attribution"],
    queryFn: () => sdk.client.fetch<{ attribution: Attribution }>(`/admin/orders/${orderId}/attribution`),
    staleTime: Infinity,
  })
