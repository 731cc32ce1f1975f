import type { ReactNode } from "react"
import { SiteHeader } from "@/components/SiteHeader"

/** The employee shop: its header (cart, account) on every shop page; the portals have their own. */
export default function ShopLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main">{children}</main>
    </>
  )
}
