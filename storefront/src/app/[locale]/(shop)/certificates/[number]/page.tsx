import { decodedParam } from "@/lib/next-path"
import type { Metadata } from "next"
import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { findCertificates } from "@/lib/data/catalog"
import { certificateStatus, certificateType } from "@/lib/provenance"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ number: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("certificate")
  return { title: t("metaTitle", { number: decodedParam((await params).number) }) }
}

/** Public verification of a certificate by its number (the QR code on the packaging). */
export default async function CertificatePage({ params }: Props) {
  const number = decodedParam((await params).number)
  const [t, locale, certificates] = await Promise.all([
    getTranslations("certificate"),
    getLocale(),
    findCertificates(number),
  ])

  if (!certificates) {
    return (
      <section>
        <h1>{t("title")}</h1>
        <p role="alert">{t("notFound", { number })}</p>
      </section>
    )
  }
  return (
    <section>
      <h1>{t("title")}</h1>
      {certificates.map((c) => (
        <article key={c.id} className="certificate">
          <p className={c.valid_today ? "verdict verdict-ok" : "verdict verdict-no"}>
            {c.valid_today ? t("validToday") : t("invalidToday", { status: certificateStatus(c.status, locale) })}
          </p>
          <dl>
            <dt>{t("type")}</dt>
            <dd>{certificateType(c.type, locale)}</dd>
            <dt>{t("number")}</dt>
            <dd>{c.number}</dd>
            <dt>{t("issuer")}</dt>
            <dd>{c.issuer}</dd>
            <dt>{t("applicant")}</dt>
            <dd>{c.supplier_name}</dd>
            <dt>{t("origin")}</dt>
            <dd>{c.county_path.join(" › ")}</dd>
            <dt>{t("validity")}</dt>
            <dd>{t("period", { from: c.valid_from, to: c.valid_to })}</dd>
            {c.poverty_mechanism ? (
              <>
                <dt>{t("mechanism")}</dt>
                <dd>{c.poverty_mechanism}</dd>
              </>
            ) : null}
            {c.beneficiaries !== null ? (
              <>
                <dt>{t("beneficiaries")}</dt>
                <dd>{t("people", { count: c.beneficiaries })}</dd>
              </>
            ) : null}
            <dt>{t("products")}</dt>
            <dd>
              {c.products.length === 0
                ? "—"
                : c.products.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 ? "、" : ""}
                      <Link href={`/products/${p.handle}`}>{p.title}</Link>
                    </span>
                  ))}
            </dd>
          </dl>
        </article>
      ))}
    </section>
  )
}
