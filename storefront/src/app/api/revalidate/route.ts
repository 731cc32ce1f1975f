import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { RevalidateBody } from "@zhunong/common/catalog-events"

function fromBackend(request: NextRequest): boolean {
  const expected = Buffer.from(process.env.SHOP_REVALIDATE_SECRET ?? "")
  const given = Buffer.from(request.headers.get("x-revalidate-secret") ?? "")
  return expected.length >= 32 && given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * POST /api/revalidate — the backend says which cached catalog reads changed (its shop-cache
 * subscriber); they expire at once, so the next shopper's page reads them fresh. Only the backend,
 * which shares SHOP_REVALIDATE_SECRET, may call it.
 */
export async function POST(request: NextRequest) {
  if (!fromBackend(request)) return NextResponse.json({ message: "只接受后台的调用" }, { status: 401 })
  const parsed = RevalidateBody.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return NextResponse.json({ message: parsed.error.issues[0].message }, { status: 400 })
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: parsed.data.tags })
}
