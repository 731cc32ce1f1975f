import type { MedusaContainer } from "@medusajs/framework/types"
import { certificatesValidAt } from "@zhunong/provenance/lib/certified-on"
import { certificateHistories } from "@zhunong/provenance/queries/certified-products"
import { LEDGER_MODULE, type LedgerModuleService } from "../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">

export interface Finding {
  check: "offline_matches_platform_sale" | "union_purchase_also_reported_by_unit" | "counted_without_valid_certificate"
  message: string
  /** The ledger rows and off-platform entries involved. */
  entry_keys: string[]
  offline_purchase_ids: string[]
}

const DAY_MS = 86_400_000
const near = (a: string, b: string, days: number) => Math.abs(Date.parse(a) - Date.parse(b)) <= days * DAY_MS

/**
 * 重复统计 and counting errors an office should look at, within its jurisdiction subtree:
 * an off-platform entry that looks like a platform sale of the same unit (same supplier, same amount,
 * within a week); a union's off-platform purchase that its parent unit also reported (same supplier
 * and amount, within a week); a counted sale whose certificates, read again from their history, were
 * not valid at the sale. Findings point at rows; nothing is changed.
 */
export async function fraudChecks(container: Container, subtree: string[]): Promise<Finding[]> {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [offline, sales] = await Promise.all([
    ledger.listOfflinePurchases({ jurisdiction_code: subtree, status: ["pending", "verified"] }),
    ledger.listLedgerEntries({ jurisdiction_code: subtree, kind: "sale" }, { select: ["entry_key", "unit_id", "supplier_name", "amount_fen", "day", "product_id", "occurred_at", "counted", "certificates"] }),
  ])
  const findings: Finding[] = []

  for (const entry of offline) {
    const twin = sales.find((s) => s.unit_id === entry.unit_id && s.supplier_name === entry.supplier_name && s.amount_fen === entry.amount_fen && near(s.day, entry.purchase_date, 7))
    if (twin) {
      findings.push({
        check: "offline_matches_platform_sale",
        message: `平台外登记“${entry.description}”（${entry.unit_name}，${entry.purchase_date}）与平台订单的同一供应商、同一金额相符，可能重复统计`,
        entry_keys: [twin.entry_key],
        offline_purchase_ids: [entry.id],
      })
    }
  }

  for (const union of offline.filter((e) => e.unit_type === "union")) {
    const parentId = ((union.unit_parent_chain as unknown as { id: string }[] | null) ?? [])[0]?.id
    const byParent = offline.find(
      (e) => e.unit_id === parentId && e.supplier_name === union.supplier_name && e.amount_fen === union.amount_fen && near(e.purchase_date, union.purchase_date, 7)
    )
    if (byParent) {
      findings.push({
        check: "union_purchase_also_reported_by_unit",
        message: `${union.unit_name}的采购（${union.supplier_name}，${union.purchase_date}）又由${byParent.unit_name}登记了一次，工会采购只应计入一次`,
        entry_keys: [],
        offline_purchase_ids: [union.id, byParent.id],
      })
    }
  }

  const counted = sales.filter((s) => s.counted && s.product_id)
  const histories = await certificateHistories(container as MedusaContainer, [...new Set(counted.map((s) => s.product_id!))])
  for (const sale of counted) {
    if (certificatesValidAt(histories.get(sale.product_id!) ?? [], sale.occurred_at).length) continue
    findings.push({
      check: "counted_without_valid_certificate",
      message: `台账记录 ${sale.entry_key} 计入了统计，但该商品在交易时没有有效认定`,
      entry_keys: [sale.entry_key],
      offline_purchase_ids: [],
    })
  }
  return findings
}
