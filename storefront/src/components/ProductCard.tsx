import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import type { CertificateType } from "@zhunong/common/certificate-rules"
import { fromPrice, type ShopProduct } from "@/lib/data/catalog"
import type { SearchHit } from "@/lib/data/search"
import { formatCny, formatFen } from "@/lib/format"
import { certificateType, validCertificates } from "@/lib/provenance"

/** What a product card shows, whether the product came from the catalog or from the search index. */
export interface CardView {
  handle: string
  title: string
  thumbnail: string | null
  origin: string | null
  povertyExit: boolean
  /** Valid today; with its number where known, which links to the public check. */
  certificates: { type: CertificateType; number: string | null }[]
  /** "from …", already formatted. */
  from: string | null
  soldOut: boolean
}

export function cardOfProduct(product: ShopProduct): CardView {
  const price = fromPrice(product)
  return {
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail ?? null,
    origin: product.division ? product.subtitle || product.division.name : null,
    povertyExit: !!product.division?.is_poverty_exit,
    certificates: validCertificates(product).map((c) => ({ type: c.type, number: c.number })),
    from: price === null ? null : formatCny(price),
    soldOut: false,
  }
}

export function cardOfHit(hit: SearchHit): CardView {
  return {
    handle: hit.handle,
    title: hit.title,
    thumbnail: hit.thumbnail,
    origin: hit.subtitle || hit.county,
    povertyExit: hit.poverty_exit,
    certificates: hit.certificate_types.map((type) => ({ type: type as CertificateType, number: null })),
    from: hit.price_min === null ? null : formatFen(hit.price_min),
    soldOut: !hit.in_stock,
  }
}

export async function ProductCard({ card }: { card: CardView }) {
  const [t, locale] = await Promise.all([getTranslations("product"), getLocale()])
  return (
    <li className="product-card">
      <Link href={`/products/${card.handle}`} className="product-link">
        {card.thumbnail ? (
          // a plain <img>: product pictures come from the backend's file storage
          <img src={card.thumbnail} alt={card.title} width={400} height={400} loading="lazy" />
        ) : (
          <div className="no-image" aria-hidden="true" />
        )}
        <h2>{card.title}</h2>
      </Link>
      {card.origin ? <p className="origin">{card.origin}</p> : null}
      <p className="badges">
        {card.povertyExit ? <span className="badge badge-county">{t("povertyExit")}</span> : null}
        {card.certificates.map((c) =>
          c.number ? (
            <Link key={c.number} href={`/certificates/${encodeURIComponent(c.number)}`} className="badge badge-cert">
              {certificateType(c.type, locale)}
            </Link>
          ) : (
            <span key={c.type} className="badge badge-cert">
              {certificateType(c.type, locale)}
            </span>
          )
        )}
      </p>
      {card.from !== null ? <p className="price">{t("from", { price: card.from })}</p> : null}
      {card.soldOut ? <p className="muted">{t("soldOut")}</p> : null}
    </li>
  )
}
