import { cookies } from "next/headers"
import { getRequestConfig } from "next-intl/server"
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales"

/** The shop speaks Chinese unless the shopper switched to English (a cookie; no locale in the URL). */
export default getRequestConfig(async () => {
  const asked = (await cookies()).get(LOCALE_COOKIE)?.value
  const locale = asked && isLocale(asked) ? asked : DEFAULT_LOCALE
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default, timeZone: "Asia/Shanghai" }
})
