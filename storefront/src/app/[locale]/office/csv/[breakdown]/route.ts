import { csvLine } from "@zhunong/common/csv-line"
import { formatYuan } from "@zhunong/common/money"
import { breakdown, isBreakdown } from "@/lib/office-overview"

const HEADINGS = {
  county: ["产地县", "按产地县"],
  province: ["产地省", "按产地省"],
  unit: ["采购单位", "按采购单位"],
  unit_type: ["单位类型", "按单位类型"],
  channel: ["采购渠道", "按采购渠道"],
  funding: ["资金性质", "按资金性质"],
  pairing_type: ["对口关系", "按对口关系"],
} as const

/** A breakdown table of the overview as CSV (UTF-8 with a BOM for spreadsheets), from the same rollups. */
export async function GET(request: Request, { params }: { params: Promise<{ breakdown: string }> }) {
  const dimension = (await params).breakdown
  if (!isBreakdown(dimension)) return new Response("没有这种分类", { status: 404 })
  const year = Number(new URL(request.url).searchParams.get("year"))
  if (!Number.isInteger(year) || year < 2015 || year > 2100) return new Response("year 应为年份", { status: 400 })
  const [column, title] = HEADINGS[dimension]
  try {
    const slices = await breakdown(dimension, year, "zh-CN")
    const body =
      "\uFEFF" +
      csvLine([column, "代码", "计入（元）", "未计入（元）"]) +
      slices.map((s) => csvLine([s.label, s.code, formatYuan(s.counted_fen), formatYuan(s.uncounted_fen)])).join("")
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`${title}-${year}.csv`)}`,
        "Cache-Control": "private, no-store",
      },
    })
  } catch {
    return new Response("请先登录办公室账号", { status: 401 })
  }
}
