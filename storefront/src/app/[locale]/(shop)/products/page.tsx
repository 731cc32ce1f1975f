import { Catalog, type CatalogQuery } from "./Catalog"

export const dynamic = "force-dynamic"

/** /products?… — a search or filtered list, rendered per request over the cached search reads. */
export default async function ProductsPage({ searchParams }: { searchParams: Promise<CatalogQuery> }) {
  return <Catalog query={await searchParams} />
}
