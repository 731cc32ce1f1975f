import type { ReactNode } from "react"
import { setRequestLocale } from "next-intl/server"
import { SiteHeader } from "@/components/SiteHeader"

/** The employee shop: its header (cart, account) on every shop page; the portals have their own. */
export default async function ShopLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  // every layout and page of a static page names its locale (next-intl renders them apart)
  setRequestLocale((await params).locale)
  return (
    <>
      <SiteHeader />
      <main id="main">{children}</main>
    </>
  )
}
