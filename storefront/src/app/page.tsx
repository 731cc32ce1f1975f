import Link from "next/link"
import { formatCny } from "@/lib/format"
import { getRegion, listProducts } from "@/lib/medusa"
import { CERTIFICATE_TYPE_LABELS, validCertificates } from "@/lib/provenance"

// Prices, stock and certificates change; render on each request rather than at build time.
export const dynamic = "force-dynamic"

export default async function HomePage() {
  const region = await getRegion()
  const products = await listProducts(region.id)

  return (
    <section>
      <h1>帮扶好物</h1>
      {products.length === 0 ? (
        <p>暂无商品。</p>
      ) : (
        <ul className="product-grid">
          {products.map((product) => {
            const prices = (product.variants ?? [])
              .map((v) => v.calculated_price?.calculated_amount)
              .filter((a): a is number => typeof a === "number")
            const certificates = validCertificates(product)
            return (
              <li key={product.id} className="product-card">
                <h2>{product.title}</h2>
                {product.subtitle ? <p className="origin">{product.subtitle}</p> : null}
                <p className="badges">
                  {product.division?.is_poverty_exit ? <span className="badge badge-county">脱贫县</span> : null}
                  {certificates.map((c) => (
                    <Link key={c.number} href={`/certificates/${encodeURIComponent(c.number)}`} className="badge badge-cert">
                      {CERTIFICATE_TYPE_LABELS[c.type]}
                    </Link>
                  ))}
                </p>
                {prices.length > 0 ? <p className="price">{formatCny(Math.min(...prices))} 起</p> : null}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
