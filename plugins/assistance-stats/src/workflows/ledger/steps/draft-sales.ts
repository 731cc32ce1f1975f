import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { shanghaiDate } from "@zhunong/common/dates"
import { prefectureOf, provinceOf } from "@zhunong/common/divisions"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { certificatesValidForProducts } from "@zhunong/provenance/queries"
import { SOLD_LINE_FIELDS, soldLineFen } from "@zhunong/common/server/fen"
import { shareOf } from "@zhunong/marketplace/settlement"
import { notCountedReason } from "../../../lib/counting"
import { ledger } from "../../../modules/ledger"
import { contentOf, type EntryDraft } from "./append"

/** What the ledger reads of a sold product: its origin county and supplier, through the module links. */
type SoldProduct = {
  id: string
  division?: { code: string; is_poverty_exit: boolean } | null
  supplier?: { id: string; name: string } | null
}

type Container = Pick<MedusaContainer, "resolve">

/**
 * The sale entries of a placed order, one per line, each with what decides whether it counts as it
 * is at the moment of the sale: the product's origin and supplier, the certificates valid then
 * (from their event history), the order's attribution snapshot, and the pairings in force that day
 * between the unit's jurisdiction chain and the county. Lines already in the ledger are skipped.
 */
export async function draftSales(container: Container, orderId: string): Promise<EntryDraft[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    // item_total: the order module computes line totals only when an order-level total is asked for
    fields: [
      "id",
      "display_id",
      "created_at",
      "customer_id",
      "item_total",
      "items.*",
      ...SOLD_LINE_FIELDS,
      "payment_collections.id",
    ],
    filters: { id: orderId },
  })
  const order = orders[0]
  if (!order) return []
  const items = (order.items ?? []) as {
    id: string
    product_id: string | null
    product_title?: string
    title: string
    variant_title: string | null
    quantity: BigNumberInput
    total: BigNumberInput
    return_received_total?: BigNumberInput
    return_dismissed_total?: BigNumberInput
  }[]
  const known = new Set(
    (await ledger(container).listLedgerEntries({ order_id: orderId, kind: "sale" }, { select: ["order_item_id"] })).map(
      (e) => e.order_item_id
    )
  )
  const lines = items.filter((i) => !known.has(i.id))
  if (!lines.length) return []

  const soldAt = new Date(order.created_at as unknown as string)
  const day = shanghaiDate(soldAt)
  const productIds = [...new Set(lines.map((i) => i.product_id).filter((id): id is string => !!id))]
  const [{ data: products }, certificates, [attribution]] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "division.code", "division.is_poverty_exit", "supplier.id", "supplier.name"],
          filters: { id: productIds },
        })
      : Promise.resolve({ data: [] as SoldProduct[] }),
    certificatesValidForProducts(container as MedusaContainer, productIds, soldAt),
    container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).listOrderAttributions({ order_id: orderId }),
  ])
  const productById = new Map(products.map((p) => [p.id as string, p]))

  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const counties = [
    ...new Set(products.map((p) => p.division?.code as string | undefined).filter((c): c is string => !!c)),
  ]
  const pairingTypes = new Map<string, string[]>()
  for (const county of counties) {
    const pairings = attribution?.jurisdiction_code
      ? await provenance.pairingsOn(county, attribution.jurisdiction_code, day)
      : []
    pairingTypes.set(county, [...new Set(pairings.map((p) => p.pairing_type))].sort())
  }

  return lines.map((item) => {
    const product = item.product_id ? productById.get(item.product_id) : undefined
    const county: string | null = product?.division?.code ?? null
    const valid = (item.product_id ? certificates.get(item.product_id) : undefined) ?? []
    const pairing = county ? (pairingTypes.get(county) ?? []) : []
    const povertyExit = !!product?.division?.is_poverty_exit
    const reason = notCountedReason({
      county_code: county,
      certificate_count: valid.length,
      unit_id: attribution?.unit_id ?? null,
      paired: pairing.length > 0,
      poverty_exit: povertyExit,
    })
    return {
      entry_key: `sale:${item.id}`,
      kind: "sale" as const,
      purchase_type: "direct" as const,
      reverses_key: null,
      occurred_at: soldAt,
      day,
      month: day.slice(0, 7),
      order_id: order.id,
      order_display_id: (order.display_id as number | null) ?? null,
      order_item_id: item.id,
      product_id: item.product_id,
      product_title: item.product_title ?? item.title,
      variant_title: item.variant_title,
      quantity: Number(item.quantity),
      amount_fen: soldLineFen(item),
      supplier_id: product?.supplier?.id ?? null,
      supplier_name: product?.supplier?.name ?? null,
      county_code: county,
      prefecture_code: county ? prefectureOf(county) : null,
      province_code: county ? provinceOf(county) : null,
      poverty_exit: povertyExit,
      certificates: valid.map((c) => ({ id: c.id, type: c.type, number: c.number })),
      unit_id: attribution?.unit_id ?? null,
      unit_name: attribution?.unit_name ?? null,
      unit_type: attribution?.unit_type ?? null,
      unit_parent_chain: attribution?.parent_chain ?? null,
      jurisdiction_code: attribution?.jurisdiction_code ?? null,
      jurisdiction_chain: attribution?.jurisdiction_chain ?? null,
      channel: attribution?.channel ?? "personal",
      funding: attribution?.funding ?? "personal",
      customer_id: (order.customer_id as string | null) ?? null,
      pairing_types: pairing,
      counted: reason === null,
      not_counted_reason: reason,
      evidence: { payment_collection_ids: (order.payment_collections ?? []).map((p: { id: string }) => p.id) },
    }
  })
}

export const draftSalesStep = createStep("draft-ledger-sales", async (input: { order_id: string }, { container }) => {
  return new StepResponse(await draftSales(container, input.order_id))
})

/**
 * A cancellation takes back every sale line of the order not taken back yet: a reversal entry
 * with the sale's snapshot and negated quantity and amount, dated when the cancellation is recorded.
 */
export const draftCancellationStep = createStep(
  "draft-ledger-cancellation",
  async (input: { order_id: string }, { container }) => {
    return new StepResponse(await draftCancellation(container, input.order_id))
  }
)

export async function draftCancellation(container: Container, orderId: string): Promise<EntryDraft[]> {
  const entries = await ledger(container).listLedgerEntries({ order_id: orderId })
  const reversed = new Set(entries.filter((e) => e.kind === "reversal").map((e) => e.reverses_key))
  const now = new Date()
  return entries
    .filter((e) => e.kind === "sale" && !reversed.has(e.entry_key))
    .map((sale) => cancellationOf(contentOf(sale) as unknown as EntryDraft, now))
}

/** The reversal that cancels a sale line whole, dated `at`. */
export function cancellationOf(sale: EntryDraft, at: Date): EntryDraft {
  const day = shanghaiDate(at)
  return {
    ...sale,
    entry_key: `cancel:${sale.order_item_id}`,
    kind: "reversal",
    reverses_key: sale.entry_key,
    occurred_at: at,
    day,
    month: day.slice(0, 7),
    quantity: -sale.quantity,
    amount_fen: -sale.amount_fen,
  }
}

/**
 * A received return takes back the returned share of each line (the same rounding as the suppliers'
 * settlement), dated when the return was received. One entry per return item.
 */
export const draftReturnStep = createStep(
  "draft-ledger-return",
  async (input: { order_id: string; return_id: string }, { container }) => {
    return new StepResponse(await draftReturn(container, input.order_id, input.return_id))
  }
)

export async function draftReturn(container: Container, orderId: string, returnId: string): Promise<EntryDraft[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "return",
    fields: ["id", "received_at", "items.id", "items.item_id", "items.received_quantity"],
    filters: { id: returnId },
  })
  const received = data[0]
  if (!received?.received_at) return []
  const entries = await ledger(container).listLedgerEntries({ order_id: orderId })
  const saleOf = new Map(entries.filter((e) => e.kind === "sale").map((s) => [s.order_item_id, s]))
  // Return items already taken back are skipped, as draftSales skips lines already sold: reconciliation reports only what is missing.
  const known = new Set(entries.map((e) => e.entry_key))
  const at = new Date(received.received_at as unknown as string)
  const day = shanghaiDate(at)
  const drafts: EntryDraft[] = (received.items ?? []).flatMap(
    (item: { id: string; item_id: string; received_quantity: BigNumberInput }) => {
      const sale = saleOf.get(item.item_id)
      const quantity = Number(item.received_quantity)
      if (!sale || quantity <= 0 || known.has(`return:${item.id}`)) return []
      return [
        {
          ...(contentOf(sale) as unknown as EntryDraft),
          entry_key: `return:${item.id}`,
          kind: "reversal" as const,
          reverses_key: sale.entry_key,
          occurred_at: at,
          day,
          month: day.slice(0, 7),
          quantity: -quantity,
          amount_fen: -shareOf(sale.amount_fen, sale.quantity, quantity),
        },
      ]
    }
  )
  return drafts
}
