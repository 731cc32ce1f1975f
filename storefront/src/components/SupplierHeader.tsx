import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { setLocale } from "@/app/actions"
import { supplierSignOutAction } from "@/app/supplier/actions"
import { portalSession, unreadCount } from "@/lib/data/supplier"

/** The supplier portal's header: its sections, the inbox with its unread count, language, sign out. */
export async function SupplierHeader() {
  const [t, locale, session] = await Promise.all([getTranslations("supplier.header"), getLocale(), portalSession()])
  const unread = session.kind === "supplier" ? await unreadCount() : 0
  return (
    <header className="site-header portal-header">
      <Link href="/supplier" className="brand">
        {t("brand")}
      </Link>
      {session.kind === "supplier" ? (
        <>
          <span className="tagline">{session.supplier.name}</span>
          <nav aria-label={t("nav")} className="site-nav">
            <Link href="/supplier/products">{t("products")}</Link>
            <Link href="/supplier/orders">{t("orders")}</Link>
            <Link href="/supplier/certificates">{t("certificates")}</Link>
            <Link href="/supplier/settlement">{t("settlement")}</Link>
            <Link href="/supplier/team">{t("team")}</Link>
            <Link href="/supplier/notifications" data-testid="inbox-link">
              {t("inbox")}
              {unread ? (
                <span className="count-badge" aria-label={t("unread", { count: unread })}>
                  {unread}
                </span>
              ) : null}
            </Link>
          </nav>
        </>
      ) : (
        <span className="tagline">{t("tagline")}</span>
      )}
      <div className="header-tools">
        <form action={setLocale} className="locale-switch">
          <input type="hidden" name="locale" value={locale === "en" ? "zh-CN" : "en"} />
          <button type="submit" className="link-button" lang={locale === "en" ? "zh-CN" : "en"}>
            {locale === "en" ? "中文" : "English"}
          </button>
        </form>
        {session.kind !== "none" ? (
          <form action={supplierSignOutAction}>
            <button type="submit" className="link-button">
              {t("signOut")}
            </button>
          </form>
        ) : null}
      </div>
    </header>
  )
}
