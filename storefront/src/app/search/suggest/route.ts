import { NextResponse, type NextRequest } from "next/server"
import { SuggestQuery } from "@zhunong/common/search-rules"
import { suggest } from "@/lib/data/search"

/**
 * GET /search/suggest?q=… — what the shop's search box offers as one types: a few products and the
 * counties and categories they come from. The same for every shopper, so briefly cacheable.
 */
export async function GET(request: NextRequest) {
  const parsed = SuggestQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!parsed.success) return NextResponse.json({ message: parsed.error.issues[0].message }, { status: 400 })
  return NextResponse.json(await suggest(parsed.data.q), { headers: { "cache-control": "public, max-age=30" } })
}
