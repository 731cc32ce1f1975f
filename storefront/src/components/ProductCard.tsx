import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import type { ShopProduct } from "@/lib/data/catalog"
import { fromPrice } from "@/lib/data/catalog"
import { formatCny } from "@/lib/format"
import { certificateType, validCertificates } from "@/lib/provenance"

export async function ProductCard({ product }: { product: ShopProduct }) {
  const [t, locale] = await Promise.all([getTranslations("product"), getLocale()])
  const price = fromPrice(product)
  return (
    <li className="product-card">
      <Link href={`/products/${product.handle}`} className="product-link">
        {product.thumbnail ? (
          // a plain <img>: product pictures come from the backend's file storage
          <img src={product.thumbnail} alt={product.title} width={400} height={400} loading="lazy" />
        ) : (
          <div className="no-image" aria-hidden="true" />
        )}
        <h2>{product.title}</h2>
      </Link>
      {product.division ? <p className="origin">{product.subtitle || product.division.name}</p> : null}
      <p className="badges">
        {product.division?.is_poverty_exit ? <span className="badge badge-county">{t("povertyExit")}</span> : null}
        {validCertificates(product).map((c) => (
          <Link key={c.number} href={`/certificates/${encodeURIComponent(c.number)}`} className="badge badge-cert">
            {certificateType(c.type, locale)}
          </Link>
        ))}
      </p>
      {price !== null ? <p className="price">{t("from", { price: formatCny(price) })}</p> : null}
    </li>
  )
}
