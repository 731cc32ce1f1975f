import type { MedusaContainer } from "@medusajs/framework/types"
import {
  CHANNEL_LABELS,
  FUNDING_LABELS,
  UNIT_TYPE_LABELS,
  type Channel,
  type Funding,
} from "@zhunong/common/purchase-rules"
import { formatYuan } from "@zhunong/common/money"
import { PAIRING_TYPE_LABELS } from "@zhunong/provenance/queries"
import { divisionNames } from "./dimension-names"
import { NOT_COUNTED_LABELS } from "@zhunong/common/counting-rules"
import { LEDGER_CSV_HEADERS } from "../lib/ledger-csv"
import { PAYMENT_KINDS, PAYMENT_KIND_LABELS, PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import type { Table } from "../utils/write-table"
import { LEDGER_MODULE, type LedgerLabels, type LedgerModuleService, type LedgerWhere } from "../modules/ledger"

type Container = Pick<MedusaContainer, "resolve">

/** A report as exports write it: Chinese headers, which columns hold yuan, and its rows a page at a time. */
export interface Report extends Table {
  filename: string
  /** How many rows it will have, for progress. */
  rows: () => Promise<number>
}

const PAGE = 5_000

/** Chinese labels of every code a 台账 row holds, keyed as the ledger's SQL reads them. */
const zh = (labels: Record<string, { zh: string }>) =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, label.zh]))
const LEDGER_LABELS = {
  kind: { sale: "销售", reversal: "冲销", offline: "平台外采购" },
  unit_type: zh(UNIT_TYPE_LABELS),
  channel: zh(CHANNEL_LABELS),
  funding: zh(FUNDING_LABELS),
  pairing_type: PAIRING_TYPE_LABELS,
  not_counted_reason: zh(NOT_COUNTED_LABELS),
  payment_provider: Object.fromEntries(
    PAYMENT_KINDS.map((kind) => [PAYMENT_PROVIDER_IDS[kind], PAYMENT_KIND_LABELS[kind].zh])
  ),
}

/** 台账: every row of a jurisdiction subtree (optionally some months), in ledger order, with the evidence known by now. */
export function ledgerReport(
  container: Container,
  office: { office_name: string; subtree: string[] },
  from?: string,
  to?: string
): Report {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const where: LedgerWhere = { jurisdiction_codes: office.subtree, from_month: from, to_month: to }
  const labels = async (): Promise<LedgerLabels> => {
    const counties = await ledger.aggregate({
      group_by: ["county"],
      where: { jurisdiction_code: office.subtree },
      from_month: from,
      to_month: to,
    })
    const name = await divisionNames(
      container,
      counties.map((c) => c.county as string)
    )
    return {
      ...LEDGER_LABELS,
      county: Object.fromEntries(counties.filter((c) => c.county).map((c) => [c.county, name(c.county)])),
    }
  }
  return {
    filename: `台账-${office.office_name}-${from ?? "起"}-${to ?? "今"}`,
    sheet: "台账",
    headers: LEDGER_CSV_HEADERS,
    amounts: [LEDGER_CSV_HEADERS.indexOf("金额（元）")],
    rows: () => ledger.countLedger(where),
    produce: async (emit) => ledger.streamLedger(where, await labels(), PAGE, emit),
    copyCsv: async (out, onRows) => ledger.copyLedgerCsv(where, await labels(), out, PAGE, onRows),
  }
}

const MONTHLY_HEADERS = [
  "月份",
  "产地省",
  "产地市（州）",
  "产地县",
  "脱贫县",
  "渠道",
  "资金性质",
  "计入统计金额（元）",
  "其中已完成（元）",
  "未计入金额（元）",
  "数量",
  "笔数",
]

/**
 * 月报: a year of a jurisdiction subtree by month, origin county, channel and funding, from the
 * statistics rollup: the counted amount placed, the part of it complete as 832 counts it (paid,
 * delivered, accepted, rated), and the uncounted amount.
 */
export function monthlyReport(
  container: Container,
  office: { office_name: string; subtree: string[] },
  year: number
): Report {
  const load = () =>
    container.resolve<LedgerModuleService>(LEDGER_MODULE).aggregate({
      group_by: ["month", "province", "prefecture", "county", "poverty_exit", "channel", "funding"],
      where: { jurisdiction_code: office.subtree },
      from_month: `${year}-01`,
      to_month: `${year}-12`,
    })
  return {
    filename: `月报-${office.office_name}-${year}`,
    sheet: "月报",
    headers: MONTHLY_HEADERS,
    amounts: [7, 8, 9],
    rows: async () => (await load()).length,
    produce: async (emit) => {
      const rows = await load()
      const name = await divisionNames(
        container,
        rows.flatMap((r) => [r.province, r.prefecture, r.county] as string[])
      )
      await emit(
        rows.map((r) => [
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
        ])
      )
    },
  }
}
