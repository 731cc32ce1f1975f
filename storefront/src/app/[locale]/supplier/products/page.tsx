import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { shanghaiDate } from "@zhunong/common/dates"
import { Pager, offsetOf } from "@/components/portal/Pager"
import { certificateState, variantPrice, variantStock } from "@/lib/listing"
import { listListings } from "@/lib/data/supplier"
import { requireSupplier } from "@/lib/supplier-session"
import { VariantEditor } from "./VariantEditor"

const LIMIT = 20
const STATUSES = ["published", "draft"] as const

/** All the supplier's products, searched, filtered and paged by the backend; price and stock editable in place. */
export default async function ListingsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; status?: string; offset?: string }>
}) {
  await requireSupplier("/supplier/products")
  const [t, params] = await Promise.all([getTranslations("supplier.products"), searchParams])
  const q = params.q?.trim().slice(0, 50) || undefined
  const status = STATUSES.find((s) => s === params.status)
  const offset = offsetOf(params.offset)
  const { products, count } = await listListings({ q, status, offset, limit: LIMIT })
  const today = shanghaiDate(new Date())
  return (
    <section>
      <div className="page-title">
        <h1>{t("title")}</h1>
        <Link href="/supplier/products/new" className="button">
          {t("new")}
        </Link>
      </div>
      <form className="filters" role="search" aria-label={t("search")}>
        <label htmlFor="listing-q" className="visually-hidden">
          {t("search")}
        </label>
        <input id="listing-q" name="q" defaultValue={q} placeholder={t("searchPlaceholder")} type="search" />
        <label htmlFor="listing-status" className="visually-hidden">
          {t("statusFilter")}
        </label>
        <select id="listing-status" name="status" defaultValue={status ?? ""}>
          <option value="">{t("allStatuses")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button secondary">
          {t("filter")}
        </button>
      </form>
      <p className="muted">{t("count", { count })}</p>
      {products.length ? (
        <ul className="listing-rows">
          {products.map((product) => {
            const cert = certificateState(product, today)
            return (
              <li key={product.id} className="listing-row" data-testid="listing-row">
                <div className="listing-head">
                  {product.thumbnail ? (
                    // a plain <img>: pictures come from the backend's file storage
                    <img src={product.thumbnail} alt="" width={64} height={64} className="thumb" />
                  ) : (
                    <span className="thumb no-image" aria-hidden />
                  )}
                  <div>
                    <Link href={`/supplier/products/${product.id}`} className="listing-title">
                      {product.title}
                    </Link>
                    <p className="muted">
                      {t(`status.${product.status}`)}
                      {product.division ? ` · ${product.division.name}` : ""}
                    </p>
                    <p className={cert.kind === "valid" ? "check-ok" : "check-no"}>
                      {cert.kind === "missing"
                        ? t("certMissing")
                        : cert.kind === "expiring"
                          ? t("certExpiring", { days: cert.days, number: cert.number })
                          : t("certValid", { number: cert.number })}{" "}
                      {cert.kind !== "valid" ? (
                        <Link href={`/supplier/certificates/new?product=${product.id}`}>{t("apply")}</Link>
                      ) : null}
                    </p>
                  </div>
                </div>
                <div className="variant-editors">
                  {product.variants.map((variant) => (
                    <VariantEditor
                      key={variant.id}
                      productId={product.id}
                      variant={{
                        id: variant.id,
                        title: variant.title,
                        price: variantPrice(variant),
                        ...variantStock(variant),
                      }}
                    />
                  ))}
                </div>
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{q || status ? t("noMatch") : t("empty")}</p>
      )}
      <Pager path="/supplier/products" params={{ q, status }} offset={offset} limit={LIMIT} count={count} />
    </section>
  )
}
