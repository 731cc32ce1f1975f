import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { LEDGER_MODULE, partKeyOf, type LedgerModuleService } from "../../../modules/ledger"

/**
 * Copies a supplier part's shipment and invoice as they are now into the ledger's evidence. It
 * writes the part's whole current state, so events repeated or arriving out of order end the same;
 * no compensation: it is the workflow's only write, and its last step.
 */
export const recordPartEvidenceStep = createStep(
  "record-part-evidence",
  async (input: { part_id: string }, { container }) => {
    const [part] = await container
      .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
      .listSupplierParts(
        { id: input.part_id },
        { select: ["order_id", "supplier_id", "carrier", "tracking_number", "invoice_number"] }
      )
    if (!part) return new StepResponse(false)
    await container.resolve<LedgerModuleService>(LEDGER_MODULE).recordPartEvidence({
      order_id: part.order_id,
      part_key: partKeyOf(part),
      carrier: part.carrier,
      tracking_number: part.tracking_number,
      invoice_number: part.invoice_number,
    })
    return new StepResponse(true)
  }
)

/** `supplier_part.shipped` / `supplier_part.invoiced`: the 台账's 物流单号 and 发票号码 for the part. */
