import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { BankTransferStatus } from "@zhunong/common/payment-rules"
import type { Channel, Funding, MemberRole, UnitType } from "@zhunong/common/purchase-rules"
import { authHeaders, sdk } from "./client"

export interface OrderAttribution {
  unit_id: string | null
  unit_name: string | null
  unit_type: UnitType | null
  member_role: MemberRole | null
  channel: Channel
  funding: Funding
}
export type ShopOrder = HttpTypes.StoreOrder & { order_attribution?: OrderAttribution | null }

export interface OrderPart {
  id: string
  supplier_id: string | null
  supplier: { name: string } | null
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  invoice_number: string | null
  items: { id: string; title: string; variant_title?: string | null; quantity: number; thumbnail?: string | null }[]
}

export interface PartCompletion {
  part_id: string
  delivered_at: string | null
  accepted_at: string | null
  rated_at: string | null
  rating: number | null
  comment: string | null
  complete: boolean
}
export interface Completion {
  order_id: string
  paid_at: string | null
  parts: PartCompletion[]
}

const ATTRIBUTION_FIELDS =
  "+order_attribution.unit_id,+order_attribution.unit_name,+order_attribution.unit_type," +
  "+order_attribution.member_role,+order_attribution.channel,+order_attribution.funding"

export async function listOrders(): Promise<ShopOrder[]> {
  const { orders } = await sdk().store.order.list(
    {
      limit: 50,
      order: "-created_at",
      fields: `id,display_id,status,created_at,total,currency_code,*items,${ATTRIBUTION_FIELDS}`,
    },
    await authHeaders()
  )
  return orders as ShopOrder[]
}

/** The customer's own order with its supplier parts and completion (验收, 评价); null when it is not theirs. */
/** An order on invoice as its buyer reads it (GET /store/orders/:id/bank-transfer). */
export interface BankTransfer {
  reference: string
  status: BankTransferStatus
  amount_fen: number
  received_fen: number
  outstanding_fen: number
  payer_name: string
  payee: { name: string; bank: string; account: string }
  due_at: string
  overdue: boolean
  cancel_after: string
  paid_at: string | null
  canceled_at: string | null
  remittances: { id: string; amount_fen: number; remitted_on: string; bank_reference: string }[]
}

export async function getOrder(id: string) {
  const headers = await authHeaders()
  try {
    // Medusa serves an order to anyone holding its id; the three routes of ours answer its buyer only.
    const [{ order }, { attribution }, { parts }, { completion }, { bank_transfer }] = await Promise.all([
      sdk().store.order.retrieve(
        id,
        {
          fields:
            "id,display_id,status,payment_status,created_at,email,total,subtotal,shipping_total,currency_code,*items,*shipping_address",
        },
        headers
      ),
      sdk().client.fetch<{ attribution: OrderAttribution }>(`/store/orders/${id}/attribution`, { headers }),
      sdk().client.fetch<{ parts: OrderPart[] }>(`/store/orders/${id}/parts`, { headers }),
      sdk().client.fetch<{ completion: Completion }>(`/store/orders/${id}/completion`, { headers }),
      sdk().client.fetch<{ bank_transfer: BankTransfer | null }>(`/store/orders/${id}/bank-transfer`, { headers }),
    ])
    return { order, attribution, parts, completion, bankTransfer: bank_transfer }
  } catch (error) {
    if ([401, 403, 404].includes((error as { status?: number }).status ?? 0)) return null
    throw error
  }
}

export async function acceptPart(orderId: string, partId: string) {
  await sdk().client.fetch(`/store/orders/${orderId}/parts/${partId}/acceptance`, {
    method: "POST",
    body: {},
    headers: await authHeaders(),
  })
}

export async function ratePart(orderId: string, partId: string, body: { rating: number; comment?: string }) {
  await sdk().client.fetch(`/store/orders/${orderId}/parts/${partId}/rating`, {
    method: "POST",
    body,
    headers: await authHeaders(),
  })
}
