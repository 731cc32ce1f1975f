import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { findCounties } from "@/lib/data/supplier"
import { requireSupplier } from "@/lib/supplier-session"
import { ListingForm } from "../ListingForm"

/** 上架新商品: only an approved supplier may; the origin is one of the counties it may sell from. */
export default async function NewListingPage() {
  const { supplier } = await requireSupplier("/supplier/products/new")
  const t = await getTranslations("supplier.listing")
  if (supplier.status !== "approved")
    return (
      <section>
        <h1>{t("new")}</h1>
        <p className="notice">{t("notApproved")}</p>
        <Link href="/supplier">{t("back")}</Link>
      </section>
    )
  const counties = await findCounties({ code: [supplier.county_code, ...(supplier.sourcing_county_codes ?? [])] })
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/supplier/products">{t("all")}</Link>
      </p>
      <h1>{t("new")}</h1>
      <ListingForm
        counties={counties}
        defaults={{
          title: "",
          subtitle: "",
          description: "",
          images: [],
          status: "published",
          county_code: supplier.county_code,
        }}
      />
    </section>
  )
}
