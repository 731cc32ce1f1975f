import type { MedusaContainer } from "@medusajs/framework/types"
import { createHash } from "node:crypto"
import type { Check } from "@zhunong/common/counting-rules"
import { certificatesValidAt } from "@zhunong/provenance/queries"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { certificateHistories } from "@zhunong/provenance/queries"
import { LEDGER_MODULE, type LedgerModuleService } from "../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">

export interface Finding {
  /** Names the finding by what it is about (its check and rows), so a decision on it outlives a recomputation. */
  key: string
  check: Check
  message: string
  /** The ledger rows and off-platform entries involved. */
  entry_keys: string[]
  offline_purchase_ids: string[]
}

const DAY_MS = 86_400_000
const findingKey = (f: Omit<Finding, "key">) =>
  createHash("sha256")
    .update([f.check, ...[...f.entry_keys].sort(), "|", ...[...f.offline_purchase_ids].sort()].join("\n"))
    .digest("hex")
    .slice(0, 32)
/** A supplier's name as people write it variously: without brackets' contents, brackets or spaces. */
const plainName = (name: string) => name.replace(/[（(][^）)]*[）)]/g, "").replace(/\s+/g, "")
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
export async function fraudChecks(
  container: Container,
  subtree: string[],
  months: { from: string; to: string }
): Promise<Finding[]> {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [offline, sales] = await Promise.all([
    ledger.listOfflinePurchases({
      jurisdiction_code: subtree,
      status: ["pending", "verified"],
      purchase_date: { $gte: `${months.from}-01`, $lte: `${months.to}-31` },
    }),
    ledger.listLedgerEntries(
      { jurisdiction_code: subtree, kind: "sale", month: { $gte: months.from, $lte: months.to } },
      {
        select: [
          "entry_key",
          "order_id",
          "supplier_id",
          "unit_id",
          "unit_name",
          "supplier_name",
          "amount_fen",
          "day",
          "product_id",
          "occurred_at",
          "counted",
          "certificates",
          "channel",
        ],
      }
    ),
  ])
  const findings: Omit<Finding, "key">[] = []

  // Who issued each purchase's invoice, by 信用代码 wherever it is known: the same cooperative is
  // written "…合作社" on one form and "…合作社（凉山）" on another. Platform sales know their supplier's
  // code; an off-platform entry without one is matched by name to a supplier of the sales, and
  // otherwise compared by its name without brackets and spaces.
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const supplierIds = [...new Set(sales.map((s) => s.supplier_id).filter((id): id is string => !!id))]
  const suppliers = supplierIds.length
    ? await marketplace.listSuppliers({ id: supplierIds }, { select: ["id", "name", "uscc"] })
    : []
  const usccOfSupplier = new Map(suppliers.map((s) => [s.id, s.uscc]))
  const usccOfName = new Map(suppliers.map((s) => [plainName(s.name), s.uscc]))
  const issuer = (e: { supplier_uscc: string | null; supplier_name: string }) =>
    e.supplier_uscc ?? usccOfName.get(plainName(e.supplier_name)) ?? plainName(e.supplier_name)
  const saleIssuer = (s: { supplier_id: string | null; supplier_name: string | null }) =>
    (s.supplier_id && usccOfSupplier.get(s.supplier_id)) || plainName(s.supplier_name ?? "")
  const claims = new Map<string, typeof offline>()
  for (const entry of offline) {
    for (const invoice of entry.invoice_numbers) {
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
  const invoices = [...new Set(offline.flatMap((e) => e.invoice_numbers))]
  const parts = invoices.length
    ? await marketplace.listSupplierParts({ invoice_number: invoices }, { relations: ["supplier"] })
    : []
  for (const part of parts) {
    const partIssuer = part.supplier?.uscc ?? plainName(part.supplier?.name ?? "")
    const same = offline.filter((e) => e.invoice_numbers.includes(part.invoice_number!) && issuer(e) === partIssuer)
    if (!same.length) continue
    findings.push({
      check: "invoice_counted_twice",
      message: `${part.supplier?.name}开具的发票 ${part.invoice_number} 属于平台订单 ${part.order_id}，又作为平台外采购登记`,
      entry_keys: sales
        .filter((s) => s.order_id === part.order_id && s.supplier_id === part.supplier_id)
        .map((s) => s.entry_key),
      offline_purchase_ids: same.map((e) => e.id),
    })
  }

  // A platform purchase registered again off the platform matches one of its lines or the whole
  // supplier part (its lines together: what one invoice covers).
  const purchases = new Map<
    string,
    { unit_id: string | null; issuer: string; amount_fen: number; day: string; entry_keys: string[] }
  >()
  for (const sale of sales) {
    const key = `${sale.order_id}|${sale.supplier_id}`
    const part = purchases.get(key) ?? {
      unit_id: sale.unit_id,
      issuer: saleIssuer(sale),
      amount_fen: 0,
      day: sale.day,
      entry_keys: [],
    }
    part.amount_fen += sale.amount_fen
    part.entry_keys.push(sale.entry_key)
    purchases.set(key, part)
  }
  // looked up by unit, issuer and amount rather than compared pairwise: a year of sales against every entry
  const candidates = new Map<string, { day: string; entry_keys: string[] }[]>()
  const lines = sales.map((s) => ({
    unit_id: s.unit_id,
    issuer: saleIssuer(s),
    amount_fen: s.amount_fen,
    day: s.day,
    entry_keys: [s.entry_key],
  }))
  for (const p of [...lines, ...purchases.values()]) {
    const key = `${p.unit_id}|${p.issuer}|${p.amount_fen}`
    candidates.set(key, [...(candidates.get(key) ?? []), p])
  }
  for (const entry of offline) {
    const twin = (candidates.get(`${entry.unit_id}|${issuer(entry)}|${entry.amount_fen}`) ?? []).find((p) =>
      near(p.day, entry.purchase_date, 7)
    )
    if (twin) {
      findings.push({
        check: "offline_matches_platform_sale",
        message: `平台外登记“${entry.description}”（${entry.unit_name}，${entry.purchase_date}）与平台订单的同一供应商、同一金额相符，可能重复统计`,
        entry_keys: twin.entry_keys,
        offline_purchase_ids: [entry.id],
      })
    }
  }

  for (const union of offline.filter((e) => e.unit_type === "union")) {
    const parentId = ((union.unit_parent_chain as unknown as { id: string }[] | null) ?? [])[0]?.id
    const byParent = offline.find(
      (e) =>
        e.unit_id === parentId &&
        issuer(e) === issuer(union) &&
        e.amount_fen === union.amount_fen &&
        near(e.purchase_date, union.purchase_date, 7)
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
    ...sales
      .filter((s) => s.channel === "canteen" && s.counted)
      .map((s) => ({
        unit_id: s.unit_id,
        unit_name: s.unit_name,
        supplier_name: s.supplier_name,
        issuer: saleIssuer(s),
        amount_fen: s.amount_fen,
        day: s.day,
        entry_key: s.entry_key as string | null,
        offline_id: null as string | null,
      })),
    ...offline
      .filter((e) => e.channel === "canteen")
      .map((e) => ({
        unit_id: e.unit_id,
        unit_name: e.unit_name,
        supplier_name: e.supplier_name,
        issuer: issuer(e),
        amount_fen: e.amount_fen,
        day: e.purchase_date,
        entry_key: null,
        offline_id: e.id,
      })),
  ]
  // compared only within one supplier and amount: a year of canteen purchases is not compared pairwise
  const bySupplierAmount = new Map<string, typeof canteen>()
  for (const c of canteen) {
    const key = `${c.issuer}|${c.amount_fen}`
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
  const histories = await certificateHistories(container as MedusaContainer, [
    ...new Set(counted.map((s) => s.product_id!)),
  ])
  for (const sale of counted) {
    if (certificatesValidAt(histories.get(sale.product_id!) ?? [], sale.occurred_at).length) continue
    findings.push({
      check: "counted_without_valid_certificate",
      message: `台账记录 ${sale.entry_key} 计入了统计，但该商品在交易时没有有效认定`,
      entry_keys: [sale.entry_key],
      offline_purchase_ids: [],
    })
  }
  return findings.map((f) => ({ key: findingKey(f), ...f }))
}
