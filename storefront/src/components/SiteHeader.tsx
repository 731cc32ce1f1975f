import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { setLocale } from "@/app/actions"
import { getCart } from "@/lib/data/cart"
import { isSignedIn } from "@/lib/data/client"

export async function SiteHeader() {
  const [t, locale, cart, signedIn] = await Promise.all([
    getTranslations("header"),
    getLocale(),
    getCart(),
    isSignedIn(),
  ])
  const count = (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t("brand")}
      </Link>
      <span className="tagline">{t("tagline")}</span>
      <nav aria-label={t("nav")} className="site-nav">
        <Link href="/products">{t("products")}</Link>
        <Link href="/counties">{t("counties")}</Link>
        <Link href="/cart" data-testid="cart-link">
          {t("cart", { count })}
        </Link>
        <Link href="/account">{signedIn ? t("account") : t("signIn")}</Link>
      </nav>
      <form action={setLocale} className="locale-switch">
        <input type="hidden" name="locale" value={locale === "en" ? "zh-CN" : "en"} />
        <button type="submit" className="link-button" lang={locale === "en" ? "zh-CN" : "en"}>
          {locale === "en" ? "中文" : "English"}
        </button>
      </form>
    </header>
  )
}
