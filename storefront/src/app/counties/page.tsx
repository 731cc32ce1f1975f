import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { listOriginCounties } from "@/lib/data/catalog"

export const dynamic = "force-dynamic"

/** Where the products come from: province › prefecture › county. */
export default async function CountiesPage() {
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
                <li key={c.code}>
                  <Link href={`/counties/${c.code}`} className="county-card">
                    <strong>{c.name}</strong>
                    <span>{c.prefecture.name}</span>
                    <span>
                      {t("productCount", { count: c.product_count })}
                      {c.is_poverty_exit ? ` · ${t("povertyExit")}` : ""}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </section>
  )
}
