import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { CHANNEL_LABELS, FUNDING_LABELS, type Channel, type Funding } from "@zhunong/attribution/lib/purchase-rules"
import { formatYuan } from "@zhunong/provenance/lib/money"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../../modules/ledger"
import { officeOf } from "../../../office-session"
import type { OfficeMonthlyQuery } from "../../../validators"
import { sendTable } from "../table"

const HEADERS = ["月份", "产地省", "产地市（州）", "产地县", "脱贫县", "渠道", "资金性质", "计入统计金额（元）", "未计入金额（元）", "数量", "笔数"]

/**
 * 月报: the year's ledger for the office's subtree by month, origin county, channel and funding, from
 * the statistics rollup, with counted and uncounted amounts side by side.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof OfficeMonthlyQuery>>, res: MedusaResponse) {
  const office = officeOf(req)
  const { year, format } = req.validatedQuery
  const rows = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).aggregate({
    group_by: ["month", "province", "prefecture", "county", "poverty_exit", "channel", "funding"],
    where: { jurisdiction_code: office.subtree },
    from_month: `${year}-01`,
    to_month: `${year}-12`,
  })
  const codes = [...new Set(rows.flatMap((r) => [r.province, r.prefecture, r.county] as string[]).filter(Boolean))]
  const names = new Map(
    (await req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).listDivisions({ code: codes }, { select: ["code", "name"] })).map((d) => [d.code, d.name])
  )
  const name = (code: unknown) => (code ? names.get(code as string) ?? code : "（无产地）")
  async function* pages() {
    yield rows.map((r) => [
      r.month,
      name(r.province),
      name(r.prefecture),
      name(r.county),
      r.poverty_exit ? "是" : "否",
      CHANNEL_LABELS[r.channel as Channel]?.zh ?? r.channel,
      FUNDING_LABELS[r.funding as Funding]?.zh ?? r.funding,
      formatYuan(r.counted_amount_fen as number),
      formatYuan(r.uncounted_amount_fen as number),
      r.quantity,
      r.lines,
    ])
  }
  await sendTable(res, { format, filename: `月报-${office.office_name}-${year}`, sheet: "月报", headers: HEADERS, amounts: [7, 8], pages: pages() })
}
