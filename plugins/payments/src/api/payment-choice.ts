import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { attribution } from "@zhunong/attribution/modules/attribution"
import { PAYMENT_PROVIDER_IDS, paymentProblem } from "@zhunong/common/payment-rules"
import type { Funding } from "@zhunong/common/purchase-rules"
import { invalid } from "@zhunong/common/server/errors"
import { bankTransfers } from "../modules/bank-transfer"

/** What the cart is paid with: the funding of its purchase intent, or personal money when it has none. */
async function cartFunding(scope: Pick<MedusaContainer, "resolve">, cartId: string): Promise<Funding> {
  const [intent] = await attribution(scope).listPurchaseIntents({ cart_id: cartId }, { select: ["funding"] })
  return (intent?.funding as Funding | undefined) ?? "personal"
}

/**
 * POST /store/payment-collections/:id/payment-sessions: a cart bought with unit money may only be
 * paid by 对公转账, a personal one never; whatever provider the client asks for is checked here.
 */
export async function providerFitsFunding(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (typeof providerId !== "string") return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: req.params.id },
  })
  const cartId = data[0]?.cart_id as string | undefined
  if (!cartId) return next()
  const problem = paymentProblem(await cartFunding(req.scope, cartId), providerId)
  if (problem) throw invalid("provider_id", problem)
  next()
}

/**
 * POST /store/carts/:id/complete: the purchase intent may have changed after the payment was
 * chosen, so the cart's open payment sessions are checked against its funding once more.
 */
export async function sessionsFitFunding(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [{ data }, funding] = await Promise.all([
    req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "payment_collection.payment_sessions.provider_id"],
      filters: { id: req.params.id },
    }),
    cartFunding(req.scope, req.params.id),
  ])
  const sessions = (data[0]?.payment_collection?.payment_sessions ?? []) as ({ provider_id: string } | null)[]
  for (const session of sessions) {
    const problem = session ? paymentProblem(funding, session.provider_id) : null
    if (problem) throw invalid("provider_id", `${problem}；请回到结算页重新选择付款方式`)
  }
  next()
}

/**
 * POST /admin/payments/:id/capture (Medusa Admin's "Capture payment"): a transfer is captured when the
 * recorded remittances cover it, never by hand before — that would mark an unpaid order 已支付.
 */
export async function captureOnlyWhenRemitted(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [payment] = await req.scope
    .resolve(Modules.PAYMENT)
    .listPayments({ id: req.params.id }, { select: ["id", "provider_id"] })
  if (payment?.provider_id !== PAYMENT_PROVIDER_IDS.bank_transfer) return next()
  const [transfer] = await bankTransfers(req.scope).listBankTransfers(
    { payment_id: payment.id },
    { select: ["status"] }
  )
  if (transfer?.status !== "paid")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "对公转账的货款在“对公转账”面板登记到账、金额付清后自动确认，不能手动确认收款"
    )
  next()
}
