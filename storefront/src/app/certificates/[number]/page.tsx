import type { Metadata } from "next"
import { findCertificates } from "@/lib/medusa"
import { CERTIFICATE_STATUS_LABELS, CERTIFICATE_TYPE_LABELS } from "@/lib/provenance"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ number: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `证书查验 ${decodeURIComponent((await params).number)} · 助农集市` }
}

/** Public verification of a certificate by its number (the QR code on the packaging). */
export default async function CertificatePage({ params }: Props) {
  const number = decodeURIComponent((await params).number)
  const certificates = await findCertificates(number)

  if (!certificates) {
    return (
      <section>
        <h1>证书查验</h1>
        <p role="alert">{`未找到编号为“${number}”的认定证书，请核对编号。`}</p>
      </section>
    )
  }
  return (
    <section>
      <h1>证书查验</h1>
      {certificates.map((c) => (
        <article key={c.id} className="certificate">
          <p className={c.valid_today ? "verdict verdict-ok" : "verdict verdict-no"}>
            {c.valid_today ? "✓ 今日有效" : `✗ 今日无效（${CERTIFICATE_STATUS_LABELS[c.status]}）`}
          </p>
          <dl>
            <dt>认定类型</dt>
            <dd>{CERTIFICATE_TYPE_LABELS[c.type]}</dd>
            <dt>证书编号</dt>
            <dd>{c.number}</dd>
            <dt>认定机关</dt>
            <dd>{c.issuer}</dd>
            <dt>申报主体</dt>
            <dd>{c.supplier_name}</dd>
            <dt>产地</dt>
            <dd>{c.county_path.join(" › ")}</dd>
            <dt>有效期</dt>
            <dd>
              {c.valid_from} 至 {c.valid_to}
            </dd>
            {c.poverty_mechanism ? (
              <>
                <dt>带贫机制</dt>
                <dd>{c.poverty_mechanism}</dd>
              </>
            ) : null}
            {c.beneficiaries !== null ? (
              <>
                <dt>带动人数</dt>
                <dd>{c.beneficiaries} 人</dd>
              </>
            ) : null}
            <dt>认定产品</dt>
            <dd>{c.products.map((p) => p.title).join("、") || "—"}</dd>
          </dl>
        </article>
      ))}
    </section>
  )
}
