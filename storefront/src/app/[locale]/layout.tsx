import type { Metadata } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { NextIntlClientProvider } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { isLocale } from "@/i18n/locales"
// Self-hosted Noto Sans SC, split by unicode-range: a browser without a Chinese system font (a bare
// Linux, a test machine) fetches only the subsets a page uses; the others never download it.
import "@fontsource-variable/noto-sans-sc"
import "./globals.css"

interface LocaleParams {
  params: Promise<{ locale: string }>
}

/**
 * No page is rendered at build time (the backend is not running then); an empty list still lets
 * the catalog pages below be rendered once on first request and kept until the backend says they
 * changed (docs/decisions.md, "The shop's pages are static").
 */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "meta" })
  return { title: t("title"), description: t("description") }
}

/**
 * The root layout. The locale is a path segment the proxy fills in from the shopper's cookie
 * (src/proxy.ts), never read from the cookie here, so a page below can be the same for everyone.
 */
export default async function RootLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a href="#main" className="skip-link">
            {locale === "en" ? "Skip to content" : "跳到正文"}
          </a>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
