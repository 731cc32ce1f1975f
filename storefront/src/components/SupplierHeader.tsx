import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { supplierSignOutAction } from "@/app/[locale]/supplier/actions"
import { portalSession, unreadCount } from "@/lib/data/supplier"
import { LocaleSwitch } from "./LocaleSwitch"

/** The supplier portal's header: its sections, the inbox with its unread count, language, sign out. */
export async function SupplierHeader() {
  const [t, session] = await Promise.all([getTranslations("supplier.header"), portalSession()])
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
        <LocaleSwitch />
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
