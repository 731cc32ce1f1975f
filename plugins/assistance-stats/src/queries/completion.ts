import type { MedusaContainer } from "@medusajs/framework/types"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { LEDGER_MODULE, partKeyOf, type LedgerModuleService } from "../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">
type Step = { step: string; occurred_at: Date; rating: number | null; comment: string | null }

/**
 * An order's completion as 832 counts it: when it was paid, and for each supplier part when it was
 * delivered, accepted and rated (with the stars); a part is complete when all four are done.
 */
export async function completionOf(container: Container, orderId: string) {
  const [steps, parts] = await Promise.all([
    container
      .resolve<LedgerModuleService>(LEDGER_MODULE)
      .listCompletionSteps({ order_id: orderId }, { order: { occurred_at: "ASC" } }),
    container
      .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
      .listSupplierParts({ order_id: orderId }, { select: ["id", "supplier_id"] }),
  ])
  const at = (partKey: string, step: string) =>
    steps.find((s) => s.part_key === partKey && s.step === step) as Step | undefined
  const paid = at("order", "paid")
  return {
    order_id: orderId,
    paid_at: paid?.occurred_at ?? null,
    parts: parts.map((part) => {
      const key = partKeyOf(part)
      const [delivered, accepted, rated] = ["delivered", "accepted", "rated"].map((step) => at(key, step))
      return {
        part_id: part.id,
        supplier_id: part.supplier_id,
        delivered_at: delivered?.occurred_at ?? null,
        accepted_at: accepted?.occurred_at ?? null,
        rated_at: rated?.occurred_at ?? null,
        rating: rated?.rating ?? null,
        comment: rated?.comment ?? null,
        complete: !!(paid && delivered && accepted && rated),
      }
    }),
  }
}
