import type { MedusaContainer } from "@medusajs/framework/types"
import { certificatesValidAt } from "@zhunong/provenance/lib/certified-on"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { certificateHistories } from "@zhunong/provenance/queries/certified-products"
import { LEDGER_MODULE, type LedgerModuleService } from "../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">

export interface Finding {
  check:
    | "invoice_counted_twice"
    | "offline_matches_platform_sale"
    | "union_purchase_also_reported_by_unit"
    | "shared_canteen_counted_twice"
    | "counted_without_valid_certificate"
  message: string
  /** The ledger rows and off-platform entries involved. */
  entry_keys: string[]
  offline_purchase_ids: string[]
}

const DAY_MS = 86_400_000
const near = (a: string, b: string, days: number) => Math.abs(Date.parse(a) - Date.parse(b)) <= days * DAY_MS

/**
 * 重复统计 and counting errors an office should look at, within its jurisdiction subtree and months:
 * an invoice of one issuer claimed by two off-platform entries, or by one and a platform order
 * (registration refuses both; this finds what got in another way); an off-platform entry that looks like a platform sale of the same unit (same supplier, same amount,
 * within a week); a union's off-platform purchase that its parent unit also reported (same supplier
 * and amount, within a week); a canteen purchase that another unit also counts (same supplier and
 * amount, within a week — the canteen several units share, counted by more than one); a counted sale whose certificates, read again from their history, were
 * not valid at the sale. Findings point at rows; nothing is changed.
 */
export async function fraudChecks(container: Container, subtree: string[], months: { from: string; to: string }): Promise<Finding[]> {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [offline, sales] = await Promise.all([
    ledger.listOfflinePurchases({
      jurisdiction_code: subtree,
      status: ["pending", "verified"],
      purchase_date: { $gte: `${months.from}-01`, $lte: `${months.to}-31` },
    }),
    ledger.listLedgerEntries(
      { jurisdiction_code: subtree, kind: "sale", month: { $gte: months.from, $lte: months.to } },
      { select: ["entry_key", "order_id", "supplier_id", "unit_id", "unit_name", "supplier_name", "amount_fen", "day", "product_id", "occurred_at", "counted", "certificates", "channel"] }
    ),
  ])
  const findings: Finding[] = []

  const issuer = (e: { supplier_uscc: string | null; supplier_name: string }) => e.supplier_uscc ?? e.supplier_name
  const claims = new Map<string, typeof offline>()
  for (const entry of offline) {
    for (const invoice of entry.invoice_numbers as unknown as string[]) {
      const key = `${issuer(entry)}|${invoice}`
      claims.set(key, [...(claims.get(key) ?? []), entry])
    }
  }
  for (const [key, entries] of claims) {
    if (entries.length < 2) continue
    const invoice = key.split("|")[1]
    findings.push({
      check: "invoice_counted_twice",
      message: `${entries[0].supplier_name}开具的发票 ${invoice} 被${entries.map((e) => `${e.unit_name}（${e.purchase_date}）`).join("、")}重复登记`,
      entry_keys: [],
      offline_purchase_ids: entries.map((e) => e.id),
    })
  }
  const invoices = [...new Set(offline.flatMap((e) => e.invoice_numbers as unknown as string[]))]
  const parts = invoices.length
    ? await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).listSupplierParts({ invoice_number: invoices }, { relations: ["supplier"] })
    : []
  for (const part of parts) {
    const same = offline.filter(
      (e) => (e.invoice_numbers as unknown as string[]).includes(part.invoice_number!) && (e.supplier_uscc === part.supplier?.uscc || e.supplier_name === part.supplier?.name)
    )
    if (!same.length) continue
    findings.push({
      check: "invoice_counted_twice",
      message: `${part.supplier?.name}开具的发票 ${part.invoice_number} 属于平台订单 ${part.order_id}，又作为平台外采购登记`,
      entry_keys: sales.filter((s) => s.order_id === part.order_id && s.supplier_id === part.supplier_id).map((s) => s.entry_key),
      offline_purchase_ids: same.map((e) => e.id),
    })
  }

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

  // A canteen several units share: the same purchase counted by two of them, on or off the platform.
  const canteen = [
    ...sales.filter((s) => s.channel === "canteen" && s.counted).map((s) => ({ unit_id: s.unit_id, unit_name: s.unit_name, supplier_name: s.supplier_name, amount_fen: s.amount_fen, day: s.day, entry_key: s.entry_key as string | null, offline_id: null as string | null })),
    ...offline.filter((e) => e.channel === "canteen").map((e) => ({ unit_id: e.unit_id, unit_name: e.unit_name, supplier_name: e.supplier_name, amount_fen: e.amount_fen, day: e.purchase_date, entry_key: null, offline_id: e.id })),
  ]
  // compared only within one supplier and amount: a year of canteen purchases is not compared pairwise
  const bySupplierAmount = new Map<string, typeof canteen>()
  for (const c of canteen) {
    const key = `${c.supplier_name}|${c.amount_fen}`
    bySupplierAmount.set(key, [...(bySupplierAmount.get(key) ?? []), c])
  }
  for (const same of bySupplierAmount.values()) {
    same.forEach((a, i) => {
      for (const b of same.slice(i + 1)) {
        if (a.unit_id === b.unit_id || !near(a.day, b.day, 7)) continue
        findings.push({
          check: "shared_canteen_counted_twice",
          message: `${a.unit_name}与${b.unit_name}疑似都计入了同一笔食堂采购（${a.supplier_name}，${a.day}），共用食堂的采购只能由一个单位计入`,
          entry_keys: [a.entry_key, b.entry_key].filter((k): k is string => !!k),
          offline_purchase_ids: [a.offline_id, b.offline_id].filter((k): k is string => !!k),
        })
      }
    })
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
