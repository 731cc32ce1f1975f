import { getRegion, listProducts } from "@/lib/medusa"
import { formatCny } from "@/lib/format"

// Prices and stock change; render on each request rather than at build time.
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
            return (
              <li key={product.id} className="product-card">
                <h2>{product.title}</h2>
                {product.subtitle ? <p className="origin">{product.subtitle}</p> : null}
                {prices.length > 0 ? <p className="price">{formatCny(Math.min(...prices))} 起</p> : null}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
