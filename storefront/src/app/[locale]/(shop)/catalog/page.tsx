import { setRequestLocale } from "next-intl/server"
import { Catalog } from "../products/Catalog"

/**
 * /products without a query, which the proxy sends here: the same for every shopper, rendered once
 * per language and kept until the backend says a product changed (its shop-cache subscriber).
 */
export default async function CatalogPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale)
  return <Catalog query={{}} />
}
