import type { Metadata } from "next"
import type { ReactNode } from "react"
import { NextIntlClientProvider } from "next-intl"
import { getLocale, getTranslations } from "next-intl/server"
// Self-hosted Noto Sans SC, split by unicode-range: a browser without a Chinese system font (a bare
// Linux, a test machine) fetches only the subsets a page uses; the others never download it.
import "@fontsource-variable/noto-sans-sc"
import "./globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta")
  return { title: t("title"), description: t("description") }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
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
