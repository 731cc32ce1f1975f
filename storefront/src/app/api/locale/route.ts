import { NextResponse, type NextRequest } from "next/server"
import { isLocale, LOCALE_COOKIE } from "@/i18n/locales"

/**
 * POST /api/locale — the header's 中文 ⇄ English button (a plain form, so it works without
 * script). Keeps the choice for a year and goes back to the page it was made on, as a full page
 * load: every page of the other language is another cached page, not this one re-rendered.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null)
  const locale = String(form?.get("locale") ?? "")
  const back = sameSitePath(request)
  const response = NextResponse.redirect(new URL(back, request.url), 303)
  if (isLocale(locale))
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" })
  return response
}

/** The page the button was on, only if it is one of ours; otherwise the home page. */
function sameSitePath(request: NextRequest): string {
  const referer = request.headers.get("referer")
  if (!referer) return "/"
  try {
    const from = new URL(referer)
    return from.origin === request.nextUrl.origin ? `${from.pathname}${from.search}` : "/"
  } catch {
    return "/"
  }
}
