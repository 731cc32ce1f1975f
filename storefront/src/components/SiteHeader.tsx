import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { LocaleSwitch } from "./LocaleSwitch"
import { ShopperLinks } from "./ShopperLinks"

/** The shop's header: the same for every shopper (so the pages under it can be cached) but its cart and account links. */
export async function SiteHeader() {
  const t = await getTranslations("header")
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t("brand")}
      </Link>
      <span className="tagline">{t("tagline")}</span>
      <nav aria-label={t("nav")} className="site-nav">
        <Link href="/products">{t("products")}</Link>
        <Link href="/counties">{t("counties")}</Link>
        <ShopperLinks />
      </nav>
      <LocaleSwitch />
    </header>
  )
}
