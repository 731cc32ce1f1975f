import { cookies } from "next/headers"
import { getRequestConfig } from "next-intl/server"
import { LOCALE_COOKIE, localeOf } from "./locales"

/**
 * The shop speaks Chinese unless the shopper switched to English. Pages get the locale from the
 * [locale] segment the proxy fills in from the cookie (so a catalog page can be static); route
 * handlers and server actions, which have no such segment, read the cookie itself.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const locale = localeOf((await requestLocale) ?? (await cookies()).get(LOCALE_COOKIE)?.value)
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default, timeZone: "Asia/Shanghai" }
})
