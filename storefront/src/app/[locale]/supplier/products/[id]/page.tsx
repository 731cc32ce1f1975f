import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { findCounties, getListing, type Listing } from "@/lib/data/supplier"
import { variantPrice, variantStock } from "@/lib/listing"
import { statusOf } from "@/lib/problems"
import { requireSupplier } from "@/lib/supplier-session"
import { ListingForm } from "../ListingForm"
import { VariantEditor } from "../VariantEditor"

export default async function ListingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ saved?: string }>
}) {
  const { id } = await params
  const { supplier } = await requireSupplier(`/supplier/products/${id}`)
  const [t, { saved }] = await Promise.all([getTranslations("supplier.listing"), searchParams])
  let product: Listing
  try {
    product = await getListing(id)
  } catch (error) {
    if (statusOf(error) === 404) notFound()
    throw error
  }
  const counties = await findCounties({ code: [supplier.county_code, ...(supplier.sourcing_county_codes ?? [])] })
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/supplier/products">{t("all")}</Link>
      </p>
      <h1>{product.title}</h1>
      {saved ? (
        <p role="status" className="form-ok">
          {t("created")}
        </p>
      ) : null}
      <p>
        {product.status === "published" ? (
          <Link href={`/products/${product.handle}`}>{t("inShop")}</Link>
        ) : (
          <span className="muted">{t(`statusNote.${product.status}`)}</span>
        )}{" "}
        · <Link href={`/supplier/certificates/new?product=${product.id}`}>{t("applyCertificate")}</Link>
      </p>
      <h2>{t("variants")}</h2>
      <div className="variant-editors">
        {product.variants.map((variant) => (
          <VariantEditor
            key={variant.id}
            productId={product.id}
            variant={{ id: variant.id, title: variant.title, price: variantPrice(variant), ...variantStock(variant) }}
          />
        ))}
      </div>
      <ListingForm
        counties={counties}
        defaults={{
          id: product.id,
          title: product.title,
          subtitle: product.subtitle ?? "",
          description: product.description ?? "",
          images: product.images.map((i) => i.url),
          status: product.status === "draft" ? "draft" : "published",
          county_code: product.division?.code ?? supplier.county_code,
        }}
      />
    </section>
  )
}
