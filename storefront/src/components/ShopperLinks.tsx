"use client"
import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"
import { useTranslations } from "next-intl"
import { SHOPPER_CHANGED, type Shopper } from "@/lib/shopper"

/**
 * The header's cart and account links. The page around them is cached for every shopper, so the
 * count and the sign-in come from GET /api/shopper: after each navigation and whenever a form
 * says it changed the cart or the sign-in.
 */
export function ShopperLinks() {
  const t = useTranslations("header")
  const pathname = usePathname()
  const [shopper, setShopper] = useState<Shopper | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    const load = () =>
      fetch("/api/shopper", { cache: "no-store", signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<Shopper>) : null))
        .then((answer) => answer && setShopper(answer))
        // a lost answer leaves the links as they were; the next navigation asks again
        .catch(() => undefined)
    void load()
    window.addEventListener(SHOPPER_CHANGED, load)
    return () => {
      controller.abort()
      window.removeEventListener(SHOPPER_CHANGED, load)
    }
  }, [pathname])

  return (
    <>
      <Link href="/cart" data-testid="cart-link">
        {shopper ? t("cart", { count: shopper.cartCount }) : t("cartLink")}
      </Link>
      <Link href="/account">{shopper && !shopper.signedIn ? t("signIn") : t("account")}</Link>
    </>
  )
}

/** Rendered by a page that changed the cart or sign-in on the server; tells the header to ask again. */
export function ShopperChanged({ stamp }: { stamp: string | number }) {
  useEffect(() => {
    window.dispatchEvent(new Event(SHOPPER_CHANGED))
  }, [stamp])
  return null
}
