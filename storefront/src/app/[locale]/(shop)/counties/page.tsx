import { getTranslations, setRequestLocale } from "next-intl/server"
import { CountyCard } from "@/components/CountyCard"
import { listOriginCounties } from "@/lib/data/catalog"

// Rendered once per language on first request and kept until the backend says what it shows changed
// (the shop-cache subscriber); an hour at most. Nothing in it is the shopper's.

/** Where the products come from: province › prefecture › county. */
export default async function CountiesPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale)
  const [t, counties] = await Promise.all([getTranslations("counties"), listOriginCounties()])
  const provinces = [...new Set(counties.map((c) => c.province.code))]
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {provinces.map((code) => {
        const inProvince = counties.filter((c) => c.province.code === code)
        return (
          <section key={code} aria-labelledby={`province-${code}`}>
            <h2 id={`province-${code}`}>{inProvince[0].province.name ?? code}</h2>
            <ul className="county-grid">
              {inProvince.map((c) => (
                <CountyCard key={c.code} county={c} />
              ))}
            </ul>
          </section>
        )
      })}
    </section>
  )
}
