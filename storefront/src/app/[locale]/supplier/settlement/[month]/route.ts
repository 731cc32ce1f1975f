import { settlementCsv } from "@/lib/data/supplier"

/** The month's settlement lines as the backend writes them for spreadsheets, downloaded with the supplier's token. */
export async function GET(_request: Request, { params }: { params: Promise<{ month: string }> }) {
  const { month } = await params
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return new Response("月份应为 YYYY-MM", { status: 400 })
  const answer = await settlementCsv(month)
  if (!answer.ok)
    return new Response("无法下载结算明细，请重新登录后再试", { status: answer.status === 401 ? 401 : 502 })
  return new Response(answer.body, {
    headers: {
      "Content-Type": answer.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "Content-Disposition": answer.headers.get("content-disposition") ?? `attachment; filename="${month}.csv"`,
      "Cache-Control": "private, no-store",
    },
  })
}
