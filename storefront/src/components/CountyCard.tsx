import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { OriginCounty } from "@/lib/data/catalog"

/** An origin county as a card: name, where it is, how many products, 脱贫县. */
export async function CountyCard({ county }: { county: OriginCounty }) {
  const t = await getTranslations("counties")
  return (
    <li>
      <Link href={`/counties/${county.code}`} className="county-card">
        <strong>{county.name}</strong>
        <span>{[county.province.name, county.prefecture.name].filter(Boolean).join(" · ")}</span>
        <span>
          {t("productCount", { count: county.product_count })}
          {county.is_poverty_exit ? ` · ${t("povertyExit")}` : ""}
        </span>
      </Link>
    </li>
  )
}
