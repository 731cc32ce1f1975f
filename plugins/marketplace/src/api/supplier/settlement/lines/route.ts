import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { formatYuan } from "@zhunong/common/money"
import { csvLine } from "@zhunong/common/csv-line"
import { shanghaiDate } from "@zhunong/common/dates"
import { settlementEntries } from "../../../../lib/settlement"
import { supplierSettlementLines } from "../../../../queries/supplier-settlement"
import { sessionOf } from "../../../supplier-session"
import type { SettlementLinesQuery } from "../../../validators"

const KIND_LABELS = { sale: "销售", cancellation: "取消", return: "退货" } as const

/** The sales and refunds behind one settlement month, as JSON or as a CSV the supplier can file. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof SettlementLinesQuery>>, res: MedusaResponse) {
  const { month, format } = req.validatedQuery
  const lines = await supplierSettlementLines(req.scope, sessionOf(req).supplier_id)
  const entries = settlementEntries(lines).filter((e) => e.month === month)
  if (format === "json") {
    res.json({ month, lines: entries })
    return
  }
  res.set({
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`结算明细-${month}.csv`)}`,
  })
  // UTF-8 with a BOM, so spreadsheets read the Chinese
  res.send(
    "\uFEFF" +
      csvLine(["日期", "类型", "订单号", "商品", "数量", "金额（元）"]) +
      entries
        .map((e) =>
          csvLine([
            shanghaiDate(e.at),
            KIND_LABELS[e.kind],
            e.display_id,
            e.title,
            e.quantity,
            formatYuan(e.amount_fen),
          ])
        )
        .join("")
  )
}
