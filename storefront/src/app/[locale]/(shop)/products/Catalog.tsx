import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { CERTIFICATE_TYPES, type CertificateType } from "@zhunong/common/certificate-rules"
import {
  readShopSearch,
  SEARCH_PAGE_SIZE,
  SEARCH_SORTS,
  shopSearchParams,
  type ShopSearch,
} from "@zhunong/common/search-rules"
import { cardOfHit, ProductCard } from "@/components/ProductCard"
import { searchProducts, type FacetCounts } from "@/lib/data/search"
import { formatFen } from "@/lib/format"
import { certificateType } from "@/lib/provenance"
import { SearchBox } from "./SearchBox"

export type CatalogQuery = Record<string, string | string[] | undefined>

/** A select of a facet's values with their counts; the chosen value stays listed even when nothing matches it now. */
function FacetSelect({
  label,
  name,
  value,
  all,
  values,
  text = (v) => v,
}: {
  label: string
  name: string
  value?: string
  all: string
  values: { value: string; count: number }[]
  text?: (value: string) => string
}) {
  const shown = value && !values.some((v) => v.value === value) ? [{ value, count: 0 }, ...values] : values
  return (
    <label>
      {label}
      {/* named by the label alone: the label's text would otherwise take in the options' */}
      <select name={name} defaultValue={value ?? ""} aria-label={label}>
        <option value="">{all}</option>
        {shown.map((v) => (
          <option key={v.value} value={v.value}>
            {text(v.value)}（{v.count}）
          </option>
        ))}
      </select>
    </label>
  )
}

const href = (search: ShopSearch) => {
  const params = shopSearchParams(search).toString()
  return params ? `/products?${params}` : "/products"
}

/**
 * The catalog and its search: text (Chinese words, pinyin, county names), provenance filters with
 * counts, price range and order — all answered by the search index in one request, on any number of
 * products. Filters live in the address, so a result can be shared and the back button works.
 * Rendered per request for a query (/products?…), once per language without one (/catalog).
 */
export async function Catalog({ query }: { query: CatalogQuery }) {
  const { search, invalid } = readShopSearch(query)
  const [t, locale, answer] = await Promise.all([getTranslations("catalog"), getLocale(), searchProducts(search)])
  const facets: FacetCounts = answer.facets
  const pages = Math.max(1, Math.ceil(answer.count / SEARCH_PAGE_SIZE))
  const typeName = (type: string) =>
    (CERTIFICATE_TYPES as readonly string[]).includes(type) ? certificateType(type as CertificateType, locale) : type

  // the filters in force, each with the address that drops it
  const chosen: { label: string; without: ShopSearch }[] = []
  for (const key of ["province", "prefecture", "county", "category", "supplier"] as const) {
    if (search[key]) chosen.push({ label: search[key]!, without: { ...search, [key]: undefined, page: 1 } })
  }
  if (search.certificate_type)
    chosen.push({
      label: typeName(search.certificate_type),
      without: { ...search, certificate_type: undefined, page: 1 },
    })
  if (search.certified) chosen.push({ label: t("certifiedOnly"), without: { ...search, certified: false, page: 1 } })
  if (search.poverty_exit)
    chosen.push({ label: t("povertyOnly"), without: { ...search, poverty_exit: false, page: 1 } })
  if (search.in_stock) chosen.push({ label: t("inStockOnly"), without: { ...search, in_stock: false, page: 1 } })

  return (
    <section>
      <h1>{search.q ? t("resultsFor", { q: search.q }) : t("title")}</h1>
      <SearchBox defaultValue={search.q ?? ""} />
      <form method="get" className="filters" aria-label={t("filters")}>
        {search.q ? <input type="hidden" name="q" value={search.q} /> : null}
        <FacetSelect
          label={t("province")}
          name="province"
          value={search.province}
          all={t("all")}
          values={facets.province}
        />
        <FacetSelect
          label={t("prefecture")}
          name="prefecture"
          value={search.prefecture}
          all={t("all")}
          values={facets.prefecture}
        />
        <FacetSelect label={t("county")} name="county" value={search.county} all={t("all")} values={facets.county} />
        <FacetSelect
          label={t("category")}
          name="category"
          value={search.category}
          all={t("all")}
          values={facets.categories}
        />
        <FacetSelect
          label={t("supplier")}
          name="supplier"
          value={search.supplier}
          all={t("all")}
          values={facets.supplier}
        />
        <FacetSelect
          label={t("certificate")}
          name="certificate_type"
          value={search.certificate_type}
          all={t("all")}
          values={facets.certificate_types}
          text={typeName}
        />
        <fieldset className="price-range">
          <legend>{t("price")}</legend>
          <label>
            <span className="visually-hidden">{t("minPrice")}</span>
            <input
              type="text"
              name="min_price"
              inputMode="decimal"
              placeholder={answer.price ? formatFen(answer.price.min) : t("minPrice")}
              defaultValue={search.min_price_fen !== undefined ? search.min_price_fen / 100 : ""}
            />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span className="visually-hidden">{t("maxPrice")}</span>
            <input
              type="text"
              name="max_price"
              inputMode="decimal"
              placeholder={answer.price ? formatFen(answer.price.max) : t("maxPrice")}
              defaultValue={search.max_price_fen !== undefined ? search.max_price_fen / 100 : ""}
            />
          </label>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" name="certified" value="1" defaultChecked={search.certified} />
          {t("certifiedOnly")}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="poverty_exit" value="1" defaultChecked={search.poverty_exit} />
          {t("povertyOnly")}（{facets.poverty_exit.find((v) => v.value === "true")?.count ?? 0}）
        </label>
        <label className="checkbox">
          <input type="checkbox" name="in_stock" value="1" defaultChecked={search.in_stock} />
          {t("inStockOnly")}
        </label>
        <label>
          {t("sort")}
          <select name="sort" defaultValue={search.sort}>
            {SEARCH_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </form>

      {invalid.length ? (
        <p className="form-error" role="alert">
          {t("invalid", { fields: invalid.map((f) => t(`field_${f}`)).join("、") })}
        </p>
      ) : null}
      {chosen.length ? (
        <ul className="chips" aria-label={t("chosen")}>
          {chosen.map((c) => (
            <li key={c.label}>
              <Link href={href(c.without)} aria-label={t("remove", { filter: c.label })}>
                {c.label} ×
              </Link>
            </li>
          ))}
          <li>
            <Link href={href({ q: search.q, sort: search.sort, page: 1 })}>{t("clear")}</Link>
          </li>
        </ul>
      ) : null}
      <p aria-live="polite">{t("count", { count: answer.count })}</p>
      {answer.approximate ? <p className="notice">{t("approximate", { q: search.q ?? "" })}</p> : null}
      {answer.hits.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="product-grid">
          {answer.hits.map((hit) => (
            <ProductCard key={hit.id} card={cardOfHit(hit)} />
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label={t("pages")}>
          {search.page > 1 ? <Link href={href({ ...search, page: search.page - 1 })}>{t("prev")}</Link> : null}
          <span>{t("pageOf", { page: search.page, pages })}</span>
          {search.page < pages ? <Link href={href({ ...search, page: search.page + 1 })}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  )
}
