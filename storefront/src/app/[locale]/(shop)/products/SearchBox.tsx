"use client"
import Link from "next/link"
import { useEffect, useId, useState } from "react"
import { useTranslations } from "next-intl"
import { shopSearchParams, type ShopSearch } from "@zhunong/common/search-rules"

interface Suggestions {
  products: { handle: string; title: string; county: string | null }[]
  counties: string[]
  categories: string[]
}

/**
 * The catalog's search box. As one types it offers products, counties and categories matching the
 * words so far (the last word as a prefix, pinyin included); Enter searches.
 */
export function SearchBox({ defaultValue }: { defaultValue: string }) {
  const t = useTranslations("catalog")
  const [q, setQ] = useState(defaultValue)
  const [open, setOpen] = useState(false)
  const [found, setFound] = useState<Suggestions | null>(null)
  const listId = useId()

  useEffect(() => {
    const words = q.trim()
    if (!words || words === defaultValue) return setFound(null)
    const abort = new AbortController()
    // wait for a pause in typing; a newer word cancels the older request
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/search/suggest?q=${encodeURIComponent(words)}`, { signal: abort.signal })
        if (res.ok) setFound((await res.json()) as Suggestions)
      } catch {
        // aborted or offline: no suggestions, the search itself still works
      }
    }, 200)
    return () => {
      clearTimeout(timer)
      abort.abort()
    }
  }, [q, defaultValue])

  const any = !!found && (found.products.length > 0 || found.counties.length > 0 || found.categories.length > 0)
  return (
    <form method="get" action="/products" role="search" className="search-box">
      <label htmlFor={`${listId}-q`} className="visually-hidden">
        {t("search")}
      </label>
      <input
        id={`${listId}-q`}
        type="search"
        name="q"
        value={q}
        maxLength={100}
        placeholder={t("searchPlaceholder")}
        autoComplete="off"
        aria-controls={listId}
        aria-expanded={open && any}
        onChange={(e) => {
          setQ(e.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      />
      <button type="submit" className="button">
        {t("search")}
      </button>
      <div id={listId} className="suggestions" hidden={!open || !any} aria-label={t("suggestions")}>
        <SuggestionList
          label={t("products")}
          items={(found?.products ?? []).map((p) => ({
            key: p.handle,
            href: `/products/${p.handle}`,
            text: p.county ? `${p.title} · ${p.county}` : p.title,
          }))}
        />
        <SuggestionList
          label={t("county")}
          items={(found?.counties ?? []).map((county) => ({
            key: county,
            href: searchHref({ county }),
            text: t("fromCounty", { county }),
          }))}
        />
        <SuggestionList
          label={t("category")}
          items={(found?.categories ?? []).map((category) => ({
            key: category,
            href: searchHref({ category }),
            text: t("inCategory", { category }),
          }))}
        />
      </div>
    </form>
  )
}

/** The catalog filtered by one suggestion (a county, a category), as the catalog page writes its addresses. */
const searchHref = (filter: Partial<ShopSearch>) =>
  `/products?${shopSearchParams({ sort: "relevance", page: 1, ...filter })}`

function SuggestionList({ label, items }: { label: string; items: { key: string; href: string; text: string }[] }) {
  if (!items.length) return null
  return (
    <ul aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href}>{item.text}</Link>
        </li>
      ))}
    </ul>
  )
}
