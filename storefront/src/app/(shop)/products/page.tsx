import { getLocale, getTranslations } from "next-intl/server"
import { ProductCard } from "@/components/ProductCard"
import { type CatalogQuery, listCategories, listOriginCounties, listProducts } from "@/lib/data/catalog"
import { CERTIFICATE_TYPES, certificateType } from "@/lib/provenance"

export const dynamic = "force-dynamic"

type Search = Record<string, string | string[] | undefined>
const SORTS = ["newest", "price_asc", "price_desc", "title"] as const

/** Reads the filters from the address; values that cannot be filters are dropped and said so. */
function readQuery(search: Search): { query: CatalogQuery; invalid: string[] } {
  const one = (key: string) => (typeof search[key] === "string" ? (search[key] as string).trim() : "")
  const query: CatalogQuery = {}
  const invalid: string[] = []
  for (const key of ["province_code", "prefecture_code", "county_code"] as const) {
    const value = one(key)
    if (value && /^\d{6}$/.test(value)) query[key] = value
    else if (value) invalid.push(key)
  }
  const type = one("certificate_type")
  if (type && (CERTIFICATE_TYPES as readonly string[]).includes(type)) query.certificate_type = type
  else if (type) invalid.push("certificate_type")
  if (one("certified") === "1") query.certified = true
  if (one("category_id")) query.category_id = one("category_id")
  if (one("q")) query.q = one("q").slice(0, 100)
  for (const key of ["min_price", "max_price"] as const) {
    const value = one(key)
    if (!value) continue
    const price = Number(value)
    if (Number.isFinite(price) && price >= 0) query[key] = price
    else invalid.push(key)
  }
  if (query.min_price !== undefined && query.max_price !== undefined && query.min_price > query.max_price)
    invalid.push("price_range")
  const sort = one("sort")
  if ((SORTS as readonly string[]).includes(sort)) query.sort = sort as CatalogQuery["sort"]
  return { query, invalid }
}

function FilterSelect({
  label,
  name,
  value,
  all,
  options,
}: {
  label: string
  name: string
  value?: string
  all: string
  options: [string, string][]
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{all}</option>
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}

export default async function CatalogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { query, invalid } = readQuery(await searchParams)
  const [t, locale, counties, categories] = await Promise.all([
    getTranslations("catalog"),
    getLocale(),
    listOriginCounties(),
    listCategories(),
  ])
  const products = invalid.includes("price_range") ? [] : await listProducts(query, 60)

  const provinces = [...new Map(counties.map((c) => [c.province.code, c.province.name ?? c.province.code])).entries()]
  const prefectures = [
    ...new Map(
      counties
        .filter((c) => !query.province_code || c.province.code === query.province_code)
        .map((c) => [c.prefecture.code, c.prefecture.name ?? c.prefecture.code])
    ).entries(),
  ]
  const countyOptions = counties.filter(
    (c) =>
      (!query.province_code || c.province.code === query.province_code) &&
      (!query.prefecture_code || c.prefecture.code === query.prefecture_code)
  )

  return (
    <section>
      <h1>{t("title")}</h1>
      <form method="get" className="filters" aria-label={t("filters")}>
        <label>
          {t("search")}
          <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={100} />
        </label>
        <FilterSelect
          label={t("province")}
          name="province_code"
          value={query.province_code}
          all={t("all")}
          options={provinces}
        />
        <FilterSelect
          label={t("prefecture")}
          name="prefecture_code"
          value={query.prefecture_code}
          all={t("all")}
          options={prefectures}
        />
        <FilterSelect
          label={t("county")}
          name="county_code"
          value={query.county_code}
          all={t("all")}
          options={countyOptions.map((c) => [c.code, c.name] as [string, string])}
        />
        <FilterSelect
          label={t("certificate")}
          name="certificate_type"
          value={query.certificate_type}
          all={t("all")}
          options={CERTIFICATE_TYPES.map((type) => [type, certificateType(type, locale)] as [string, string])}
        />
        <FilterSelect
          label={t("category")}
          name="category_id"
          value={query.category_id}
          all={t("all")}
          options={categories.map((c) => [c.id, c.name] as [string, string])}
        />
        <fieldset className="price-range">
          <legend>{t("price")}</legend>
          <label>
            <span className="visually-hidden">{t("minPrice")}</span>
            <input
              type="number"
              name="min_price"
              min={0}
              step="0.01"
              inputMode="decimal"
              placeholder={t("minPrice")}
              defaultValue={query.min_price ?? ""}
            />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span className="visually-hidden">{t("maxPrice")}</span>
            <input
              type="number"
              name="max_price"
              min={0}
              step="0.01"
              inputMode="decimal"
              placeholder={t("maxPrice")}
              defaultValue={query.max_price ?? ""}
            />
          </label>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" name="certified" value="1" defaultChecked={query.certified} />
          {t("certifiedOnly")}
        </label>
        <label>
          {t("sort")}
          <select name="sort" defaultValue={query.sort ?? "newest"}>
            {SORTS.map((s) => (
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
      <p aria-live="polite">{t("count", { count: products.length })}</p>
      {products.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="product-grid">
          {products.map((p) => (
            <ProductCard key={p.id} product={p} />
          ))}
        </ul>
      )}
    </section>
  )
}
