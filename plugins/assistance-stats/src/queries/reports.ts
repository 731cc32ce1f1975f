import type { MedusaContainer } from "@medusajs/framework/types"
import { CHANNEL_LABELS, FUNDING_LABELS, UNIT_TYPE_LABELS, type Channel, type Funding, type UnitType } from "@zhunong/attribution/lib/purchase-rules"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { formatYuan } from "@zhunong/provenance/lib/money"
import { PAIRING_TYPE_LABELS, type PairingType } from "@zhunong/provenance/lib/pairing-types"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { NOT_COUNTED_LABELS, type NotCountedReason } from "../lib/counting"
import { LEDGER_CSV_HEADERS } from "../lib/ledger-csv"
import { LEDGER_MODULE, type LedgerModuleService, type LedgerWhere } from "../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">

/** A report as exports write it: Chinese headers, which columns hold yuan, and its rows a page at a time. */
export interface Report {
  filename: string
  sheet: string
  headers: string[]
  amounts: number[]
  /** How many rows it will have, for progress. */
  rows: () => Promise<number>
  produce: (emit: (rows: unknown[][]) => Promise<void>) => Promise<void>
}

const PAGE = 5_000

/** Division names by code, each looked up once however many pages mention it. */
function divisionNames(container: Container) {
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const names = new Map<string, string>()
  return async (codes: (string | null)[]) => {
    const unknown = [...new Set(codes.filter((c): c is string => !!c && !names.has(c)))]
    if (unknown.length) for (const d of await provenance.listDivisions({ code: unknown }, { select: ["code", "name"] })) names.set(d.code, d.name)
    return (code: unknown) => (code ? names.get(code as string) ?? String(code) : "")
  }
}

/**
 * The evidence a page of rows has by now: shipment and invoice are recorded on the supplier's part
 * after the sale, so they are read from it, one query a page; an off-platform entry carries its own.
 */
async function evidenceOf(container: Container, rows: Record<string, unknown>[]) {
  const orderIds = [...new Set(rows.filter((r) => r.kind !== "offline").map((r) => r.order_id as string))]
  const parts = orderIds.length
    ? await container
        .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
        .listSupplierParts({ order_id: orderIds }, { select: ["order_id", "supplier_id", "carrier", "tracking_number", "invoice_number"] })
    : []
  const byPart = new Map(parts.map((p) => [`${p.order_id}|${p.supplier_id ?? ""}`, p]))
  return (row: Record<string, unknown>) => {
    if (row.kind === "offline") {
      const evidence = (row.evidence ?? {}) as { invoice_numbers?: string[]; contract_number?: string | null }
      return { tracking: "", invoice: (evidence.invoice_numbers ?? []).join("；"), contract: evidence.contract_number ?? "" }
    }
    const part = byPart.get(`${row.order_id}|${row.supplier_id ?? ""}`)
    return { tracking: part?.tracking_number ? `${part.carrier ?? ""} ${part.tracking_number}`.trim() : "", invoice: part?.invoice_number ?? "", contract: "" }
  }
}

/** 台账: every row of a jurisdiction subtree (optionally some months), in ledger order, with the evidence known by now. */
export function ledgerReport(container: Container, office: { office_name: string; subtree: string[] }, from?: string, to?: string): Report {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const where: LedgerWhere = { jurisdiction_codes: office.subtree, from_month: from, to_month: to }
  const names = divisionNames(container)
  return {
    filename: `台账-${office.office_name}-${from ?? "起"}-${to ?? "今"}`,
    sheet: "台账",
    headers: LEDGER_CSV_HEADERS,
    amounts: [LEDGER_CSV_HEADERS.indexOf("金额（元）")],
    rows: () => ledger.countLedger(where),
    produce: (emit) =>
      ledger.streamLedger(where, PAGE, async (rows) => {
        const [name, evidence] = await Promise.all([names(rows.map((r) => r.county_code as string | null)), evidenceOf(container, rows)])
        await emit(rows.map((r) => {
          const proof = evidence(r)
          return [
            r.seq,
            r.day,
            r.kind === "sale" ? "销售" : r.kind === "offline" ? "平台外采购" : "冲销",
            r.order_display_id,
            r.product_title,
            r.variant_title,
            r.quantity,
            formatYuan(r.amount_fen as number),
            r.supplier_name ?? "平台自营",
            r.county_code,
            name(r.county_code),
            r.poverty_exit ? "是" : "否",
            ((r.certificates as { number: string }[] | null) ?? []).map((c) => c.number).join("；"),
            r.unit_name,
            r.unit_type ? UNIT_TYPE_LABELS[r.unit_type as UnitType]?.zh : "",
            r.jurisdiction_code,
            CHANNEL_LABELS[r.channel as Channel]?.zh ?? r.channel,
            FUNDING_LABELS[r.funding as Funding]?.zh ?? r.funding,
            ((r.pairing_types as PairingType[] | null) ?? []).map((t) => PAIRING_TYPE_LABELS[t] ?? t).join("；"),
            r.counted ? "计入" : "不计入",
            r.not_counted_reason ? NOT_COUNTED_LABELS[r.not_counted_reason as NotCountedReason].zh : "",
            proof.tracking,
            proof.invoice,
            proof.contract,
            r.hash,
          ]
        }))
      }),
  }
}

const MONTHLY_HEADERS = ["月份", "产地省", "产地市（州）", "产地县", "脱贫县", "渠道", "资金性质", "计入统计金额（元）", "其中已完成（元）", "未计入金额（元）", "数量", "笔数"]

/**
 * 月报: a year of a jurisdiction subtree by month, origin county, channel and funding, from the
 * statistics rollup: the counted amount placed, the part of it complete as 832 counts it (paid,
 * delivered, accepted, rated), and the uncounted amount.
 */
export function monthlyReport(container: Container, office: { office_name: string; subtree: string[] }, year: number): Report {
  const load = () =>
    container.resolve<LedgerModuleService>(LEDGER_MODULE).aggregate({
      group_by: ["month", "province", "prefecture", "county", "poverty_exit", "channel", "funding"],
      where: { jurisdiction_code: office.subtree },
      from_month: `${year}-01`,
      to_month: `${year}-12`,
    })
  const names = divisionNames(container)
  return {
    filename: `月报-${office.office_name}-${year}`,
    sheet: "月报",
    headers: MONTHLY_HEADERS,
    amounts: [7, 8, 9],
    rows: async () => (await load()).length,
    produce: async (emit) => {
      const rows = await load()
      const name = await names(rows.flatMap((r) => [r.province, r.prefecture, r.county] as string[]))
      await emit(rows.map((r) => [
        r.month,
        name(r.province) || "（无产地）",
        name(r.prefecture) || "（无产地）",
        name(r.county) || "（无产地）",
        r.poverty_exit ? "是" : "否",
        CHANNEL_LABELS[r.channel as Channel]?.zh ?? r.channel,
        FUNDING_LABELS[r.funding as Funding]?.zh ?? r.funding,
        formatYuan(r.counted_amount_fen as number),
        formatYuan(r.completed_amount_fen as number),
        formatYuan(r.uncounted_amount_fen as number),
        r.quantity,
        r.lines,
      ]))
    },
  }
}
