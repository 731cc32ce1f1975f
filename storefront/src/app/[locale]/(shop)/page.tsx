import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CountyCard } from "@/components/CountyCard"
import { cardOfProduct, ProductCard } from "@/components/ProductCard"
import { listNewestProducts, listOriginCounties } from "@/lib/data/catalog"

// Rendered once per language on first request and kept until the backend says what it shows changed
// (the shop-cache subscriber); an hour at most. Nothing in it is the shopper's.

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale)
  const [t, counties, certified, latest] = await Promise.all([
    getTranslations("home"),
    listOriginCounties(),
    listNewestProducts({ certified: true }),
    listNewestProducts(),
  ])
  const featured = [...counties].sort((a, b) => b.product_count - a.product_count).slice(0, 6)

  return (
    <>
      <section className="hero">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <Link href="/products" className="button">
          {t("browse")}
        </Link>
      </section>

      <section aria-labelledby="campaigns">
        <h2 id="campaigns">{t("campaigns")}</h2>
        <ul className="campaigns">
          <li>
            <Link href="/products?certified=1">
              <strong>{t("campaignCertified")}</strong>
              <span>{t("campaignCertifiedText")}</span>
            </Link>
          </li>
          <li>
            <Link href="/products?certificate_type=assistance_product">
              <strong>{t("campaignCanteen")}</strong>
              <span>{t("campaignCanteenText")}</span>
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="counties">
        <h2 id="counties">{t("counties")}</h2>
        <ul className="county-grid">
          {featured.map((c) => (
            <CountyCard key={c.code} county={c} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="certified">
        <h2 id="certified">{t("certified")}</h2>
        {certified.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="product-grid">
            {certified.map((p) => (
              <ProductCard key={p.id} card={cardOfProduct(p)} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="latest">
        <h2 id="latest">{t("latest")}</h2>
        <ul className="product-grid">
          {latest.map((p) => (
            <ProductCard key={p.id} card={cardOfProduct(p)} />
          ))}
        </ul>
      </section>
    </>
  )
}
