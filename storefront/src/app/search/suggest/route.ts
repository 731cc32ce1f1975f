import { NextResponse, type NextRequest } from "next/server"
import { suggest } from "@/lib/data/search"

/**
 * GET /search/suggest?q=… — what the shop's search box offers as one types: a few products and the
 * counties and categories they come from. The same for every shopper, so briefly cacheable.
 */
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim()
  if (!q || q.length > 100) return NextResponse.json({ message: "q: 请输入1–100个字的搜索词" }, { status: 400 })
  return NextResponse.json(await suggest(q), { headers: { "cache-control": "public, max-age=30" } })
}
