import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { cardOfProduct, ProductCard } from "@/components/ProductCard"
import { getCounty, listCountyProducts } from "@/lib/data/catalog"

// Rendered once per language on first request and kept until the backend says what it shows changed
// (the shop-cache subscriber); an hour at most. Nothing in it is the shopper's.
export function generateStaticParams() {
  return []
}

/** One origin county: where it is, whom it is paired with today, its products and suppliers. */
export default async function CountyPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params
  setRequestLocale(locale)
  const county = await getCounty(code)
  if (!county) notFound()
  const [t, products] = await Promise.all([getTranslations("county"), listCountyProducts(code)])
  const suppliers = [...new Map(products.filter((p) => p.supplier).map((p) => [p.supplier!.id, p.supplier!])).values()]

  return (
    <section>
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link href="/counties">{t("allCounties")}</Link> › {county.path.join(" › ")}
      </nav>
      <h1>{county.name}</h1>
      <p className="badges">
        {county.is_poverty_exit ? <span className="badge badge-county">{t("povertyExit")}</span> : null}
        {county.is_key_assistance ? <span className="badge badge-county">{t("keyAssistance")}</span> : null}
      </p>

      <h2>{t("pairings")}</h2>
      {county.pairings.length === 0 ? (
        <p>{t("noPairings")}</p>
      ) : (
        <ul className="plain-list">
          {county.pairings.map((p) => (
            <li key={`${p.jurisdiction_code}-${p.label}`}>
              <strong>{p.jurisdiction_name}</strong> · {p.label}
              {p.through ? ` ${t("through", { name: p.through })}` : ""}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("suppliers")}</h2>
      {suppliers.length === 0 ? (
        <p>{t("noSuppliers")}</p>
      ) : (
        <ul className="plain-list">
          {suppliers.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ul>
      )}

      <h2>{t("products")}</h2>
      <ul className="product-grid">
        {products.map((p) => (
          <ProductCard key={p.id} card={cardOfProduct(p)} />
        ))}
      </ul>
    </section>
  )
}
