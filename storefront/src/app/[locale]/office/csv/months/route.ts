import { csvLine } from "@zhunong/common/csv-line"
import { formatYuan } from "@zhunong/common/money"
import { stats } from "@/lib/data/office"
import { monthSeries } from "@/lib/office-overview"

/** The overview's month table as CSV (UTF-8 with a BOM for spreadsheets), from the same rollups. */
export async function GET(request: Request) {
  const year = Number(new URL(request.url).searchParams.get("year"))
  if (!Number.isInteger(year) || year < 2015 || year > 2100) return new Response("year 应为年份", { status: 400 })
  try {
    const [months, last] = await Promise.all([
      stats({ group_by: "month", from: `${year}-01`, to: `${year}-12` }),
      stats({ group_by: "month", from: `${year - 1}-01`, to: `${year - 1}-12` }),
    ])
    const body =
      "\uFEFF" +
      csvLine(["月份", `${year}年计入（元）`, `${year - 1}年计入（元）`]) +
      monthSeries(months, last)
        .map((p) => csvLine([`${year}-${p.month}`, formatYuan(p.this_year_fen), formatYuan(p.last_year_fen)]))
        .join("")
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`按月计入-${year}.csv`)}`,
        "Cache-Control": "private, no-store",
      },
    })
  } catch {
    return new Response("请先登录办公室账号", { status: 401 })
  }
}
