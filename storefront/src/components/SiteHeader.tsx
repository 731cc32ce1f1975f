import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { getCart } from "@/lib/data/cart"
import { isSignedIn } from "@/lib/data/client"
import { LocaleSwitch } from "./LocaleSwitch"

export async function SiteHeader() {
  const [t, cart, signedIn] = await Promise.all([getTranslations("header"), getCart(), isSignedIn()])
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
      <LocaleSwitch />
    </header>
  )
}
