import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Channel, Funding } from "@zhunong/common/purchase-rules"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { isCalendarDate, shanghaiDate } from "@zhunong/common/dates"
import { prefectureOf, provinceOf } from "@zhunong/common/divisions"
import { usccProblem } from "@zhunong/common/uscc"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { notCountedReason } from "../../../lib/counting"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import type { EntryDraft } from "../../ledger/steps/append"
import { invalid } from "@zhunong/common/server/errors"

export interface OfflinePurchaseInput {
  unit_id: string
  registered_by: string
  supplier_name: string
  supplier_uscc?: string | null
  description: string
  county_code: string
  amount_fen: number
  purchase_date: string
  purchase_type: "direct" | "helped"
  channel: Channel
  funding: Funding
  invoice_numbers: string[]
  contract_number?: string | null
  evidence?: { id: string; url: string; name?: string }[] | null
}

/**
 * Registers an off-platform purchase: a real county, a date not in the future, a valid 信用代码 when
 * given, and invoice numbers that no other entry and no platform sale already claim — the classic
 * double count is refused here, with the entry or order that holds the invoice named.
 */
export const registerOfflinePurchaseStep = createStep(
  "register-offline-purchase",
  async (input: OfflinePurchaseInput, { container }) => {
    const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    await provenance.retrieveCounty(input.county_code)
    if (!isCalendarDate(input.purchase_date) || input.purchase_date > shanghaiDate(new Date())) {
      throw invalid("purchase_date", "采购日期应为今天或以前的日期 YYYY-MM-DD")
    }
    const problem = input.supplier_uscc ? usccProblem(input.supplier_uscc) : null
    if (problem) throw invalid("supplier_uscc", `统一社会信用代码无效：${problem}`)
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    // The refusals name the invoice, and the entry holding it only when it is this unit's own: another
    // unit's entry or order id would tell a stranger whose purchase it was (and open Medusa's order by id).
    const claimed = await ledger.offlineInvoiceClaims(input.invoice_numbers)
    if (claimed.length) {
      const own = claimed.find((c) => c.unit_id === input.unit_id)
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `invoice_numbers: 发票 ${claimed.map((c) => c.invoice).join("、")} 已登记过（${own ? `本单位的登记 ${own.id}` : "其他单位的登记"}），不能重复计入`
      )
    }
    const onPlatform = await container
      .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
      .listSupplierParts({ invoice_number: input.invoice_numbers }, { select: ["invoice_number"] })
    if (onPlatform.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `invoice_numbers: 发票 ${onPlatform.map((p) => p.invoice_number).join("、")} 属于平台订单，平台内采购已自动计入，不能再作为平台外采购登记`
      )
    }
    const attribution = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    const unit = await attribution.retrieveBuyingUnit(input.unit_id)
    const [parents, chain] = await Promise.all([
      attribution.unitChain(unit.parent_id),
      provenance.jurisdictionChain(unit.jurisdiction_code),
    ])
    const entry = await ledger.createOfflinePurchases({
      ...input,
      unit_name: unit.name,
      unit_type: unit.type,
      unit_parent_chain: parents as unknown as Record<string, unknown>,
      jurisdiction_code: unit.jurisdiction_code,
      jurisdiction_chain: chain as unknown as Record<string, unknown>,
      invoice_numbers: input.invoice_numbers,
      evidence: input.evidence?.length ? { files: input.evidence } : null,
    })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteOfflinePurchases(id)
  }
)

export interface OfflineDecision {
  id: string
  action: "verify" | "reject"
  reason?: string | null
  office_user_id: string
  subtree: string[]
}

/** An office of the unit's jurisdiction (or above) verifies or rejects a pending entry; others do not find it. */
export const decideOfflinePurchaseStep = createStep(
  "decide-offline-purchase",
  async (input: OfflineDecision, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const [entry] = await ledger.listOfflinePurchases({ id: input.id, jurisdiction_code: input.subtree })
    if (!entry) throw new MedusaError(MedusaError.Types.NOT_FOUND, `平台外采购登记 ${input.id} 不在本办公室的辖区内`)
    if (entry.status !== "pending")
      throw invalid("action", `该登记已${entry.status === "verified" ? "核实" : "退回"}，不能重复处理`)
    if (input.action === "reject" && !input.reason?.trim()) throw invalid("reason", "退回须说明原因")
    const updated = await ledger.updateOfflinePurchases({
      id: entry.id,
      status: input.action === "verify" ? "verified" : "rejected",
      reason: input.reason ?? null,
      decided_by: input.office_user_id,
      decided_at: new Date(),
    })
    return new StepResponse(updated, entry.id)
  },
  async (id, { container }) => {
    if (id)
      await container
        .resolve<LedgerModuleService>(LEDGER_MODULE)
        .updateOfflinePurchases({ id, status: "pending", reason: null, decided_by: null, decided_at: null })
  }
)

/** The ledger entry of a verified off-platform purchase, counted by the same rule (its verification stands for certification). */
export const draftOfflineEntryStep = createStep(
  "draft-offline-ledger-entry",
  async (entry: { id: string; status: string }, { container }) => {
    if (entry.status !== "verified") return new StepResponse([] as EntryDraft[])
    const purchase = await container.resolve<LedgerModuleService>(LEDGER_MODULE).retrieveOfflinePurchase(entry.id)
    const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    const [county, pairings] = await Promise.all([
      provenance.retrieveCounty(purchase.county_code),
      provenance.pairingsOn(purchase.county_code, purchase.jurisdiction_code, purchase.purchase_date),
    ])
    const pairingTypes = [...new Set(pairings.map((p) => p.pairing_type))].sort()
    const reason = notCountedReason({
      county_code: purchase.county_code,
      certificate_count: null,
      unit_id: purchase.unit_id,
      paired: pairingTypes.length > 0,
      poverty_exit: county.is_poverty_exit,
    })
    const draft: EntryDraft = {
      entry_key: `offline:${purchase.id}`,
      kind: "offline",
      purchase_type: purchase.purchase_type as "direct" | "helped",
      reverses_key: null,
      occurred_at: new Date(`${purchase.purchase_date}T12:00:00+08:00`),
      day: purchase.purchase_date,
      month: purchase.purchase_date.slice(0, 7),
      order_id: purchase.id,
      order_display_id: null,
      order_item_id: purchase.id,
      product_id: null,
      product_title: purchase.description,
      variant_title: null,
      quantity: 1,
      amount_fen: purchase.amount_fen,
      supplier_id: null,
      supplier_name: purchase.supplier_name,
      county_code: purchase.county_code,
      prefecture_code: prefectureOf(purchase.county_code),
      province_code: provinceOf(purchase.county_code),
      poverty_exit: county.is_poverty_exit,
      certificates: [],
      unit_id: purchase.unit_id,
      unit_name: purchase.unit_name,
      unit_type: purchase.unit_type,
      unit_parent_chain: purchase.unit_parent_chain,
      jurisdiction_code: purchase.jurisdiction_code,
      jurisdiction_chain: purchase.jurisdiction_chain,
      channel: purchase.channel,
      funding: purchase.funding,
      customer_id: purchase.registered_by,
      pairing_types: pairingTypes,
      counted: reason === null,
      not_counted_reason: reason,
      evidence: {
        invoice_numbers: purchase.invoice_numbers,
        contract_number: purchase.contract_number,
        files: purchase.evidence,
      },
    }
    return new StepResponse([draft])
  }
)
