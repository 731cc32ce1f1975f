import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { officeSignOutAction } from "@/app/[locale]/office/actions"
import { currentOffice } from "@/lib/data/office"
import { LocaleSwitch } from "./LocaleSwitch"

/** The office portal's header: the office's name, its sections, language, sign out. */
export async function OfficeHeader() {
  const [t, office] = await Promise.all([getTranslations("office.header"), currentOffice()])
  return (
    <header className="site-header portal-header">
      <Link href="/office" className="brand">
        {t("brand")}
      </Link>
      <span className="tagline">{office ? office.office_name : t("tagline")}</span>
      {office ? (
        <nav aria-label={t("nav")} className="site-nav">
          <Link href="/office">{t("overview")}</Link>
          <Link href="/office/ledger">{t("ledger")}</Link>
          <Link href="/office/checks">{t("checks")}</Link>
          <Link href="/office/offline">{t("offline")}</Link>
          <Link href="/office/targets">{t("targets")}</Link>
          <Link href="/office/reserved-share">{t("share")}</Link>
          <Link href="/office/exports">{t("exports")}</Link>
        </nav>
      ) : null}
      <div className="header-tools">
        <LocaleSwitch />
        {office ? (
          <form action={officeSignOutAction}>
            <button type="submit" className="link-button">
              {t("signOut")}
            </button>
          </form>
        ) : null}
      </div>
    </header>
  )
}
