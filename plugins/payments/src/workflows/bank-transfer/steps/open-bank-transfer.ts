import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attribution } from "@zhunong/attribution/modules/attribution"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { toFen } from "@zhunong/common/server/fen"
import type { BigNumberInput } from "@medusajs/framework/types"
import { bankTransfers } from "../../../modules/bank-transfer"

export interface BankTransferOpening {
  order_id: string
  display_id: number | null
  email: string | null
  payment_id: string
  reference: string
  amount_fen: number
  payer_name: string
  funding: string
  payee: Record<string, unknown>
  /** ISO instant: step results are stored as JSON. */
  due_at: string
}

const DAY_MS = 86_400_000

/**
 * What a just-placed order owes by transfer, or null when it is paid some other way or its transfer
 * is already open (the event came twice). The payer is the unit the order was attributed to.
 */
export const prepareBankTransferStep = createStep(
  "prepare-bank-transfer",
  async (input: { order_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "created_at",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.amount",
        "payment_collections.payments.data",
      ],
      filters: { id: input.order_id },
    })
    type Payment = { id: string; provider_id: string; amount: BigNumberInput; data: Record<string, unknown> | null }
    const order = data[0] as
      | {
          id: string
          display_id: number | null
          email: string | null
          created_at: string | Date
          payment_collections: ({ payments: (Payment | null)[] } | null)[] | null
        }
      | undefined
    const payment = (order?.payment_collections ?? [])
      .flatMap((c) => c?.payments ?? [])
      .find((p): p is Payment => p?.provider_id === PAYMENT_PROVIDER_IDS.bank_transfer)
    if (!order || !payment) return new StepResponse<BankTransferOpening | null>(null)
    const service = bankTransfers(container)
    const [existing] = await service.listBankTransfers({ order_id: order.id }, { select: ["id"] })
    if (existing) return new StepResponse<BankTransferOpening | null>(null)
    const [snapshot] = await attribution(container).listOrderAttributions(
      { order_id: order.id },
      { select: ["unit_name", "funding"] }
    )
    const paymentData = (payment.data ?? {}) as { reference?: string; payee?: Record<string, unknown> }
    const placedAt = new Date(order.created_at)
    return new StepResponse<BankTransferOpening | null>({
      order_id: order.id,
      display_id: order.display_id ?? null,
      email: order.email ?? null,
      payment_id: payment.id,
      reference: paymentData.reference ?? payment.id,
      amount_fen: toFen(payment.amount),
      payer_name: snapshot?.unit_name ?? "",
      funding: snapshot?.funding ?? "personal",
      payee: paymentData.payee ?? {},
      due_at: new Date(placedAt.getTime() + service.terms().due_days * DAY_MS).toISOString(),
    })
  }
)

/** Opens the order's transfer; undone by deleting it. */
export const createBankTransferStep = createStep(
  "create-bank-transfer",
  async (input: BankTransferOpening | null, { container }) => {
    if (!input) return new StepResponse(null, null)
    const created = await bankTransfers(container).createBankTransfers({
      order_id: input.order_id,
      payment_id: input.payment_id,
      reference: input.reference,
      amount_fen: input.amount_fen,
      payer_name: input.payer_name,
      funding: input.funding,
      payee: input.payee,
      due_at: new Date(input.due_at),
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await bankTransfers(container).deleteBankTransfers(id)
  }
)
