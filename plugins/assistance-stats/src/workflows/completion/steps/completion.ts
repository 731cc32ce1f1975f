import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toFen } from "@zhunong/common/server/fen"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { LEDGER_MODULE, partKeyOf, type CompletionInput, type LedgerModuleService } from "../../../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">
const ledger = (container: Container) => container.resolve<LedgerModuleService>(LEDGER_MODULE)

/**
 * Records a completion step once. It runs under the ledger's append lock, so a part completes
 * exactly once even when its last step and a reversal of its lines arrive together. No
 * compensation: the history is append-only, and this is each workflow's last step.
 */
export const recordCompletionStep = createStep(
  "record-completion-step",
  async (input: CompletionInput | null, { container }) => {
    if (!input) return new StepResponse({ recorded: false, completed_parts: [] as string[] })
    const result = await container
      .resolve(Modules.LOCKING)
      .execute("ledger-append", () => ledger(container).recordCompletion(input), { timeout: 60 })
    return new StepResponse(result)
  }
)

export interface PaymentEvidenceInput {
  order_id: string
  provider_id: string
  reference: string
  amount_fen: number
  paid_at: Date
}

/** A captured payment of an order (`payment.captured`), or the captured payment of a just-placed order. */
export type PaidInput = { payment_id: string } | { order_id: string }

/**
 * The order a captured payment pays for, as its `paid` step and its payment evidence (null for a
 * payment of no order, or an order not paid yet). The reference is what the provider calls the
 * payment: a 对公转账 reference, or the provider's own id (a Stripe payment intent, an Alipay/WeChat
 * trade number). A provider that confirms the payment when the cart completes (Stripe with automatic
 * capture, Alipay, WeChat Pay) is captured inside Medusa's authorisation, which emits no
 * `payment.captured`, so such an order is read by its id when it is placed.
 */
export const paymentCompletionStep = createStep("payment-completion", async (input: PaidInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let orderId: string | undefined
  let collectionIds: string[]
  if ("order_id" in input) {
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["payment_collection_id"],
      filters: { order_id: input.order_id },
    })
    orderId = input.order_id
    collectionIds = links.map((l) => l.payment_collection_id as string)
  } else collectionIds = []
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "captured_at", "payment_collection_id", "provider_id", "amount", "data"],
    filters: "order_id" in input ? { payment_collection_id: collectionIds } : { id: input.payment_id },
  })
  const payment = payments.find((p) => p.captured_at)
  if (!payment) return new StepResponse(null)
  if (!orderId) {
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection_id as string },
    })
    orderId = links[0]?.order_id as string | undefined
  }
  if (!orderId) return new StepResponse(null)
  const paidAt = new Date(payment.captured_at as unknown as string)
  const data = (payment.data ?? {}) as { reference?: unknown; id?: unknown }
  const reference = [data.reference, data.id].find((v): v is string => typeof v === "string" && !!v) ?? payment.id
  return new StepResponse<{ completion: CompletionInput; evidence: PaymentEvidenceInput } | null>({
    completion: { order_id: orderId, part_key: "order", step: "paid", occurred_at: paidAt },
    evidence: {
      order_id: orderId,
      provider_id: payment.provider_id,
      reference,
      amount_fen: toFen(payment.amount as BigNumberInput),
      paid_at: paidAt,
    },
  })
})

type EvidenceUndo = { remove: string } | { update: PaymentEvidenceInput & { id: string } } | null

/** Keeps the order's payment evidence for the 台账 (a repeated event writes the same); undone to what was there. */
export const recordPaymentEvidenceStep = createStep(
  "record-payment-evidence",
  async (input: PaymentEvidenceInput | null, { container }) => {
    if (!input) return new StepResponse<string | null, EvidenceUndo>(null, null)
    const service = ledger(container)
    const [existing] = await service.listPaymentEvidences({ order_id: input.order_id })
    if (existing) {
      await service.updatePaymentEvidences({ id: existing.id, ...input })
      return new StepResponse<string | null, EvidenceUndo>(existing.id, { update: existing })
    }
    const created = await service.createPaymentEvidences(input)
    return new StepResponse<string | null, EvidenceUndo>(created.id, { remove: created.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = ledger(container)
    if ("remove" in undo) await service.deletePaymentEvidences(undo.remove)
    else
      await service.updatePaymentEvidences({
        id: undo.update.id,
        provider_id: undo.update.provider_id,
        reference: undo.update.reference,
        amount_fen: undo.update.amount_fen,
        paid_at: undo.update.paid_at,
      })
  }
)

/** The supplier part a delivered fulfillment shipped, as its `delivered` step (null for any other fulfillment). */
export const deliveryCompletionStep = createStep(
  "delivery-completion",
  async (input: { fulfillment_id: string }, { container }) => {
    const [part] = await container
      .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
      .listSupplierParts({ fulfillment_id: input.fulfillment_id })
    if (!part) return new StepResponse(null)
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "fulfillment", fields: ["id", "delivered_at"], filters: { id: input.fulfillment_id } })
    const deliveredAt = data[0]?.delivered_at as unknown as string | null
    if (!deliveredAt) return new StepResponse(null)
    return new StepResponse<CompletionInput | null>({
      order_id: part.order_id,
      part_key: partKeyOf(part),
      step: "delivered",
      occurred_at: new Date(deliveredAt),
    })
  }
)

export interface BuyerPartInput {
  order_id: string
  part_id: string
  customer_id: string
}

/** What a buyer's acceptance or rating of one supplier's part needs to know, checked against the buyer's own order. */
export interface BuyerPart {
  order_id: string
  part_key: string
  fulfillment_id: string
  delivered: boolean
  steps: string[]
}

async function buyerPart(container: Container, input: BuyerPartInput): Promise<BuyerPart> {
  const [order] = await container
    .resolve(Modules.ORDER)
    .listOrders({ id: input.order_id, customer_id: input.customer_id }, { select: ["id"] })
  const [part] = order
    ? await container
        .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
        .listSupplierParts({ id: input.part_id, order_id: order.id })
    : []
  if (!part)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单 ${input.order_id} 中没有 ${input.part_id} 这一部分`)
  if (!part.fulfillment_id)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "供应商尚未发货，收到货后才能验收和评价")
  const partKey = partKeyOf(part)
  const [{ data: fulfillments }, steps] = await Promise.all([
    container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "fulfillment", fields: ["id", "delivered_at"], filters: { id: part.fulfillment_id } }),
    ledger(container).listCompletionSteps({ order_id: order.id, part_key: partKey }, { select: ["step"] }),
  ])
  return {
    order_id: order.id,
    part_key: partKey,
    fulfillment_id: part.fulfillment_id,
    delivered: !!fulfillments[0]?.delivered_at,
    steps: steps.map((s) => s.step),
  }
}

/** A buyer accepts (验收) a shipped part of their own order; accepting it again changes nothing. */
export const prepareAcceptanceStep = createStep(
  "prepare-part-acceptance",
  async (input: BuyerPartInput, { container }) => {
    return new StepResponse(await buyerPart(container, input))
  }
)

/** A buyer rates (评价) an accepted part of their own order, once. */
export const prepareRatingStep = createStep("prepare-part-rating", async (input: BuyerPartInput, { container }) => {
  const part = await buyerPart(container, input)
  if (!part.steps.includes("accepted")) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "请先验收，再评价")
  if (part.steps.includes("rated"))
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "这部分订单已经评价过，评价不能修改")
  return new StepResponse(part)
})
