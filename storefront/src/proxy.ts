import { NextResponse, type NextRequest } from "next/server"
import { LOCALE_COOKIE, localeOf } from "@/i18n/locales"

/**
 * Addresses carry no locale (/products, not /zh-CN/products): the shopper's language is a cookie.
 * Every page is rewritten to /<locale>/<path> so the app renders it from a path segment, and a page
 * with nothing shopper-specific in it (the catalog) can be rendered once per language and served
 * to everyone. The catalog without a query goes to /catalog, its static twin; with a query
 * (filters, words, pages — unbounded) it stays a per-request page over cached backend reads.
 */
export function proxy(request: NextRequest) {
  const locale = localeOf(request.cookies.get(LOCALE_COOKIE)?.value)
  const url = request.nextUrl.clone()
  const path = url.pathname === "/products" && url.search === "" ? "/catalog" : url.pathname
  url.pathname = `/${locale}${path === "/" ? "" : path}`
  return NextResponse.rewrite(url)
}

export const config = {
  // Route handlers that are not pages (the backend's revalidation call, the language switch,
  // search suggestions, the shopper's header) and Next's own files keep their addresses.
  matcher: ["/((?!api/|_next/|search/suggest|favicon\\.ico).*)"],
}
