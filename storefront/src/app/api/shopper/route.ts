import { NextResponse } from "next/server"
import { cartCount } from "@/lib/data/cart"
import { isSignedIn } from "@/lib/data/client"
import type { Shopper } from "@/lib/shopper"

/**
 * GET /api/shopper — the signed-in flag and cart size for the shop's header, read from this
 * shopper's own cookies. Never cached: it is the one part of a catalog page that is not shared.
 */
export async function GET() {
  const [signedIn, count] = await Promise.all([isSignedIn(), cartCount()])
  const shopper: Shopper = { signedIn, cartCount: count }
  return NextResponse.json(shopper, { headers: { "Cache-Control": "private, no-store" } })
}
