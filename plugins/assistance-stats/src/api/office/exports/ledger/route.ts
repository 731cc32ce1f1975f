import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { CHANNEL_LABELS, FUNDING_LABELS, UNIT_TYPE_LABELS, type Channel, type Funding, type UnitType } from "@zhunong/attribution/lib/purchase-rules"
import { PAIRING_TYPE_LABELS, type PairingType } from "@zhunong/provenance/lib/pairing-types"
import { formatYuan } from "@zhunong/provenance/lib/money"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { NOT_COUNTED_LABELS, type NotCountedReason } from "../../../../lib/counting"
import { LEDGER_CSV_HEADERS } from "../../../../lib/ledger-csv"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../../modules/ledger"
import { officeOf } from "../../../office-session"
import { sendTable } from "../table"
import type { OfficeExportQuery } from "../../../validators"

const PAGE = 2_000

/** 台账导出 as CSV or XLSX: the office's subtree, in ledger order, streamed a page at a time. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeExportQuery>>, res: MedusaResponse) {
  const office = officeOf(req)
  const { from, to, format } = req.validatedQuery
  await sendTable(res, {
    format,
    filename: `台账-${office.office_name}-${from ?? "起"}-${to ?? "今"}`,
    sheet: "台账",
    headers: LEDGER_CSV_HEADERS,
    amounts: [LEDGER_CSV_HEADERS.indexOf("金额（元）")],
    pages: ledgerPages(req, office.subtree, from, to),
  })
}

/** The subtree's ledger rows as 台账 columns, a page at a time in ledger order. */
async function* ledgerPages(req: MedusaRequest, subtree: string[], from?: string, to?: string) {
  const ledger = req.scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  const provenance = req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const month = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
  let after = 0
  for (;;) {
    const rows = await ledger.listLedgerEntries(
      { jurisdiction_code: subtree, seq: { $gt: after }, ...(from || to ? { month } : {}) },
      { order: { seq: "ASC" }, take: PAGE }
    )
    if (!rows.length) break
    const codes = [...new Set(rows.map((r) => r.county_code).filter((c): c is string => !!c))]
    const names = new Map((await provenance.listDivisions({ code: codes }, { select: ["code", "name"] })).map((d) => [d.code, d.name]))
    yield rows.map((r) => [
          r.seq,
          r.day,
          r.kind === "sale" ? "销售" : "冲销",
          r.order_display_id,
          r.product_title,
          r.variant_title,
          r.quantity,
          formatYuan(r.amount_fen),
          r.supplier_name ?? "平台自营",
          r.county_code,
          r.county_code ? names.get(r.county_code) : "",
          r.poverty_exit ? "是" : "否",
          ((r.certificates as unknown as { number: string }[]) ?? []).map((c) => c.number).join("；"),
          r.unit_name,
          r.unit_type ? UNIT_TYPE_LABELS[r.unit_type as UnitType]?.zh : "",
          r.jurisdiction_code,
          CHANNEL_LABELS[r.channel as Channel]?.zh ?? r.channel,
          FUNDING_LABELS[r.funding as Funding]?.zh ?? r.funding,
          ((r.pairing_types as unknown as PairingType[]) ?? []).map((t) => PAIRING_TYPE_LABELS[t] ?? t).join("；"),
          r.counted ? "计入" : "不计入",
          r.not_counted_reason ? NOT_COUNTED_LABELS[r.not_counted_reason as NotCountedReason].zh : "",
          r.hash,
        ])
    after = rows[rows.length - 1].seq
  }
}
