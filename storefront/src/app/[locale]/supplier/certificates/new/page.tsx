import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { getListing, type Listing } from "@/lib/data/supplier"
import { statusOf } from "@/lib/problems"
import { requireSupplier } from "@/lib/supplier-session"
import { CertificateForm } from "./CertificateForm"

/** 申请认定 for one of the supplier's products (picked from its row, so no list is fetched here). */
export default async function NewCertificatePage({ searchParams }: { searchParams: Promise<{ product?: string }> }) {
  const { product: productId } = await searchParams
  await requireSupplier(`/supplier/certificates/new${productId ? `?product=${productId}` : ""}`)
  const t = await getTranslations("supplier.certificates")
  if (!productId)
    return (
      <section>
        <h1>{t("apply")}</h1>
        <p>
          {t("pickProduct")} <Link href="/supplier/products">{t("toProducts")}</Link>
        </p>
      </section>
    )
  let product: Listing
  try {
    product = await getListing(productId)
  } catch (error) {
    if (statusOf(error) === 404) notFound()
    throw error
  }
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/supplier/certificates">{t("title")}</Link>
      </p>
      <h1>{t("applyFor", { title: product.title })}</h1>
      <p className="muted">{t("applyHelp", { county: product.division?.name ?? "—" })}</p>
      <CertificateForm productId={product.id} />
    </section>
  )
}
