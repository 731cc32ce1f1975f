import { NextResponse, type NextRequest } from "next/server"
import { LocaleChoice } from "@zhunong/common/shopper-forms"
import { LOCALE_COOKIE } from "@/i18n/locales"

/**
 * POST /api/locale — the header's 中文 ⇄ English button (a plain form, so it works without
 * script). Keeps the choice for a year and goes back to the page it was made on, as a full page
 * load: every page of the other language is another cached page, not this one re-rendered.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null)
  const parsed = LocaleChoice.safeParse({ locale: form?.get("locale") })
  if (!parsed.success) return NextResponse.json({ message: parsed.error.issues[0].message }, { status: 400 })
  const response = NextResponse.redirect(new URL(sameSitePath(request), request.url), 303)
  response.cookies.set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" })
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
