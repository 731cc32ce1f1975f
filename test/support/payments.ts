import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"
import { LEDGER_MODULE, type LedgerModuleService } from "@zhunong/assistance-stats/modules/ledger"

type Headers = { headers: Record<string, string> }
interface Api {
  get(url: string, config: Headers): Promise<{ data: any }>
}

/**
 * What the payment providers' tests read back: the orders a cart became (a webhook completes it after
 * Medusa's 5 s delay), how often its payment was captured, the 台账's payment evidence and its rows' kinds.
 */
export async function ordersOfCart(container: MedusaContainer, cartId: string): Promise<string[]> {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data.map((row) => row.order_id as string)
}

/** The order a webhook made of the cart, waiting up to 20 s for it (undefined if it never came). */
export async function orderOfCart(container: MedusaContainer, cartId: string): Promise<string | undefined> {
  for (let i = 0; i < 100; i++, await sleep(200)) {
    const [orderId] = await ordersOfCart(container, cartId)
    if (orderId) return orderId
  }
  return undefined
}

/** How many captures each of the order's payments has. */
export async function captureCounts(container: MedusaContainer, orderId: string): Promise<(number | undefined)[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.captures.id"],
    filters: { id: orderId },
  })
  const payments = data[0]?.payment_collections?.[0]?.payments ?? []
  return payments.map((p: { captures?: unknown[] | null } | null) => p?.captures?.length)
}

/** The order's payment evidence, once the payment.captured subscriber has written it (waits up to 5 s). */
export async function paymentEvidenceOf(container: MedusaContainer, orderId: string) {
  for (let i = 0; i < 50; i++, await sleep(100)) {
    const [evidence] = await container
      .resolve<LedgerModuleService>(LEDGER_MODULE)
      .listPaymentEvidences({ order_id: orderId })
    if (evidence) return evidence
  }
  return undefined
}

/** The kinds of the order's 台账 rows once a reversal is among them (waits up to 5 s). */
export async function ledgerKindsAfterReversal(api: Api, admin: Headers, orderId: string): Promise<string[]> {
  let kinds: string[] = []
  for (let i = 0; i < 50 && !kinds.includes("reversal"); i++, await sleep(100))
    kinds = ((await api.get(`/admin/ledger?order_id=${orderId}`, admin)).data.entries as { kind: string }[]).map(
      (e) => e.kind
    )
  return kinds
}

/** When the buyer's order shows 已支付: written by an event subscriber a moment after the capture (null if it never is). */
export async function paidAtOf(api: Api, buyer: Headers, orderId: string): Promise<string | null> {
  for (let i = 0; i < 50; i++) {
    const paidAt = (await api.get(`/store/orders/${orderId}/completion`, buyer)).data.completion.paid_at as
      string | null
    if (paidAt) return paidAt
    await sleep(100)
  }
  return null
}
