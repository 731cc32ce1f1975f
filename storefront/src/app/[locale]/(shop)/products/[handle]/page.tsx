import Link from "next/link"
import { notFound } from "next/navigation"
import { decodedParam } from "@/lib/next-path"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getCounty, getProduct } from "@/lib/data/catalog"
import { certificateStatus, certificateType, validCertificates } from "@/lib/provenance"
import { AddToCart } from "./AddToCart"

// Rendered once per language on first request and kept until the backend says what it shows changed
// (the shop-cache subscriber); an hour at most. Nothing in it is the shopper's.
export function generateStaticParams() {
  return []
}

export default async function ProductPage({ params }: { params: Promise<{ locale: string; handle: string }> }) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const product = await getProduct(decodedParam(handle))
  if (!product) notFound()
  const [t, county] = await Promise.all([
    getTranslations("product"),
    product.division ? getCounty(product.division.code) : null,
  ])
  const valid = new Set(validCertificates(product).map((c) => c.id))
  const beneficiaries = (product.certificates ?? [])
    .filter((c) => valid.has(c.id))
    .reduce((sum, c) => sum + (c.beneficiaries ?? 0), 0)
  const images = product.images?.length
    ? product.images
    : product.thumbnail
      ? [{ id: "thumbnail", url: product.thumbnail }]
      : []

  return (
    <article className="product-page">
      <div className="gallery">
        {images.map((image, i) => (
          // a plain <img>: product pictures come from the backend's file storage
          <img
            key={image.id}
            src={image.url}
            alt={i === 0 ? product.title : `${product.title} ${i + 1}`}
            width={600}
            height={600}
          />
        ))}
      </div>
      <div className="details">
        <h1>{product.title}</h1>
        {product.subtitle ? <p className="origin">{product.subtitle}</p> : null}
        {product.description ? <p>{product.description}</p> : null}
        <AddToCart
          variants={(product.variants ?? []).map((v) => ({
            id: v.id,
            title: v.title ?? "",
            price: v.calculated_price?.calculated_amount ?? null,
            stock: v.manage_inventory ? (v.inventory_quantity ?? 0) : null,
          }))}
        />

        <section className="provenance" aria-labelledby="provenance">
          <h2 id="provenance">{t("provenance")}</h2>
          <dl>
            <dt>{t("origin")}</dt>
            <dd>
              {product.division ? (
                <Link href={`/counties/${product.division.code}`}>
                  {county?.path.join(" › ") ?? product.division.name}
                </Link>
              ) : (
                t("unknownOrigin")
              )}
              {product.division?.is_poverty_exit ? (
                <span className="badge badge-county">{t("povertyExit")}</span>
              ) : null}
            </dd>
            <dt>{t("supplier")}</dt>
            <dd>{product.supplier?.name ?? t("platform")}</dd>
            <dt>{t("certificates")}</dt>
            <dd>
              {(product.certificates ?? []).length === 0 ? (
                t("noCertificates")
              ) : (
                <ul className="plain-list">
                  {(product.certificates ?? []).map((c) => (
                    <li key={c.id}>
                      {certificateType(c.type, locale)} · {c.number} ·{" "}
                      <span className={valid.has(c.id) ? "status-ok" : "status-no"}>
                        {valid.has(c.id) ? t("validToday") : certificateStatus(c.status, locale)}
                      </span>{" "}
                      <Link href={`/certificates/${encodeURIComponent(c.number)}`}>{t("verify")}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            {beneficiaries > 0 ? (
              <>
                <dt>{t("beneficiaries")}</dt>
                <dd>{t("people", { count: beneficiaries })}</dd>
              </>
            ) : null}
            {(product.certificates ?? []).find((c) => valid.has(c.id) && c.poverty_mechanism) ? (
              <>
                <dt>{t("mechanism")}</dt>
                <dd>
                  {(product.certificates ?? []).find((c) => valid.has(c.id) && c.poverty_mechanism)!.poverty_mechanism}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>
    </article>
  )
}
