import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { NOT_COUNTED_LABELS, NOT_COUNTED_REASONS } from "@zhunong/common/counting-rules"
import {
  CHANNEL_LABELS,
  CHANNELS,
  FUNDING_LABELS,
  FUNDINGS,
  UNIT_TYPE_LABELS,
  UNIT_TYPES,
} from "@zhunong/common/purchase-rules"
import { TYPE_LABELS, CERTIFICATE_TYPES } from "@zhunong/common/certificate-rules"
import { PAIRING_TYPES, PAIRING_TYPE_LABELS } from "@zhunong/common/pairing-rules"
import { PAYMENT_KIND_LABELS, paymentKindOf } from "@zhunong/common/payment-rules"
import { pick } from "@/i18n/locales"
import { formatDate, formatFen } from "@/lib/format"
import { decodedParam } from "@/lib/next-path"
import { statusOf } from "@/lib/problems"
import { currentOffice, ledgerRow } from "@/lib/data/office"

/** A code in the reader's language when the list knows it, else as it came. */
function label<T extends string>(
  codes: readonly T[],
  labels: Record<T, { zh: string; en: string }>,
  code: string | null,
  locale: string
) {
  const known = codes.find((c) => c === code)
  return known ? pick(labels[known], locale) : (code ?? "—")
}

/**
 * 台账行详情: what an auditor asks of one row — the order and its lines, the attribution as it was
 * snapshotted at the sale, certificates valid then, pairing in force, the evidence (payment,
 * shipment, invoice, 验收, 评价) with its files, and the row's hash and place in the chain.
 */
export default async function LedgerRowPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodedParam((await params).id)
  const office = await currentOffice()
  if (!office) redirect(`/office/login?next=${encodeURIComponent(`/office/ledger/${id}`)}`)
  const [t, locale] = await Promise.all([getTranslations("office.row"), getLocale()])
  const detail = await ledgerRow(id).catch((error: unknown) => {
    if (statusOf(error) === 404) notFound()
    throw error
  })
  const { entry, chain } = detail
  const step = (name: "paid" | "delivered" | "accepted" | "rated") => detail.completion.find((s) => s.step === name)
  const rated = step("rated")
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/office/ledger">{t("back")}</Link>
      </p>
      <h1>{t("title", { seq: chain.seq })}</h1>
      <div className="two-columns">
        <div>
          <h2>{t("sale")}</h2>
          <dl className="facts" data-testid="row-facts">
            <dt>{t("kind")}</dt>
            <dd>{t(`kinds.${entry.kind}`)}</dd>
            <dt>{t("date")}</dt>
            <dd>{formatDate(entry.occurred_at, locale)}</dd>
            <dt>{t("order")}</dt>
            <dd>#{entry.order_display_id ?? "—"}</dd>
            <dt>{t("item")}</dt>
            <dd>
              {entry.product_title}
              {entry.variant_title ? `（${entry.variant_title}）` : ""} × {entry.quantity}
            </dd>
            <dt>{t("amount")}</dt>
            <dd>{formatFen(entry.amount_fen)}</dd>
            <dt>{t("supplier")}</dt>
            <dd>{entry.supplier_name ?? "—"}</dd>
            <dt>{t("counted")}</dt>
            <dd className={entry.counted ? "check-ok" : "check-no"}>
              {entry.counted
                ? t("yes")
                : label(NOT_COUNTED_REASONS, NOT_COUNTED_LABELS, entry.not_counted_reason, locale)}
            </dd>
          </dl>
        </div>
        <div>
          <h2>{t("attribution")}</h2>
          <dl className="facts">
            <dt>{t("unit")}</dt>
            <dd>
              {entry.unit_name ?? "—"}
              {entry.unit_type ? `（${label(UNIT_TYPES, UNIT_TYPE_LABELS, entry.unit_type, locale)}）` : ""}
            </dd>
            <dt>{t("parents")}</dt>
            <dd>{entry.unit_parent_chain?.map((u) => u.name).join(" › ") || "—"}</dd>
            <dt>{t("jurisdiction")}</dt>
            <dd>{detail.places.jurisdiction || "—"}</dd>
            <dt>{t("channel")}</dt>
            <dd>
              {label(CHANNELS, CHANNEL_LABELS, entry.channel, locale)} ·{" "}
              {label(FUNDINGS, FUNDING_LABELS, entry.funding, locale)} ·{" "}
              {entry.purchase_type === "helped" ? t("helped") : t("direct")}
            </dd>
            <dt>{t("origin")}</dt>
            <dd>
              {entry.county_code
                ? [detail.places.province, detail.places.prefecture, detail.places.county].filter(Boolean).join(" › ")
                : "—"}
              {entry.poverty_exit ? ` · ${t("povertyExit")}` : ""}
            </dd>
            <dt>{t("pairing")}</dt>
            <dd>
              {entry.pairing_types.length
                ? entry.pairing_types.map((p) => label(PAIRING_TYPES, PAIRING_TYPE_LABELS, p, locale)).join("、")
                : t("none")}
            </dd>
            <dt>{t("certificates")}</dt>
            <dd>
              {entry.certificates.length
                ? entry.certificates
                    .map(
                      (c) =>
                        `${CERTIFICATE_TYPES.find((k) => k === c.type) ? TYPE_LABELS[c.type as (typeof CERTIFICATE_TYPES)[number]] : c.type} ${c.number}`
                    )
                    .join("、")
                : t("none")}
            </dd>
          </dl>
        </div>
      </div>

      <h2>{t("evidence")}</h2>
      <ol className="steps" data-testid="row-evidence">
        <li className={step("paid") ? "check-ok" : "muted"}>
          {t("paid")} {step("paid") ? formatDate(step("paid")!.occurred_at, locale) : t("notYet")}
          {detail.payment ? (
            <span data-testid="row-payment">
              {" · "}
              {paymentKindOf(detail.payment.provider_id)
                ? pick(PAYMENT_KIND_LABELS[paymentKindOf(detail.payment.provider_id)!], locale)
                : detail.payment.provider_id}{" "}
              {detail.payment.reference} · {formatFen(detail.payment.amount_fen)}
            </span>
          ) : null}
        </li>
        <li className={detail.evidence?.tracking_number ? "check-ok" : "muted"}>
          {t("shipped")}{" "}
          {detail.evidence?.tracking_number
            ? `${detail.evidence.carrier ?? ""} ${detail.evidence.tracking_number}`
            : t("notYet")}
        </li>
        <li className={detail.evidence?.invoice_number ? "check-ok" : "muted"}>
          {t("invoiced")} {detail.evidence?.invoice_number ?? t("notYet")}
        </li>
        <li className={step("accepted") ? "check-ok" : "muted"}>
          {t("accepted")} {step("accepted") ? formatDate(step("accepted")!.occurred_at, locale) : t("notYet")}
        </li>
        <li className={rated ? "check-ok" : "muted"}>
          {t("rated")} {rated ? `${"★".repeat(rated.rating ?? 0)} ${rated.comment ?? ""}` : t("notYet")}
        </li>
      </ol>
      {detail.files.length ? (
        <ul className="file-list" data-testid="row-files">
          {detail.files.map((f) => (
            <li key={f.id}>
              <a href={`/office/files/${encodeURIComponent(f.id)}`} target="_blank" rel="noopener">
                {t(`purposes.${f.purpose === "invoice" ? "invoice" : "evidence"}`)}：{f.filename}
              </a>
            </li>
          ))}
        </ul>
      ) : null}

      <h2>{t("lines")}</h2>
      <div className="table-scroll">
        <table>
          <tbody>
            {detail.order_lines.map((l) => (
              <tr key={l.id} aria-current={l.id === entry.id ? "true" : undefined}>
                <td>{l.seq}</td>
                <td>
                  <Link href={`/office/ledger/${l.id}`}>
                    {l.product_title}
                    {l.variant_title ? `（${l.variant_title}）` : ""}
                  </Link>{" "}
                  × {l.quantity}
                </td>
                <td>{formatFen(l.amount_fen)}</td>
                <td className={l.counted ? "check-ok" : "check-no"}>{l.counted ? t("yes") : t("no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("chain")}</h2>
      <dl className="facts hashes" data-testid="row-chain">
        <dt>{t("seq")}</dt>
        <dd>{chain.seq}</dd>
        <dt>{t("hash")}</dt>
        <dd>
          <code>{chain.hash}</code>
        </dd>
        <dt>{t("prevHash")}</dt>
        <dd>
          <code>{chain.prev_hash}</code>
        </dd>
        <dt>{t("integrity")}</dt>
        <dd className={chain.intact && chain.next_links !== false ? "check-ok" : "check-no"}>
          {!chain.intact
            ? t("altered")
            : chain.next_links === false
              ? t("unlinked")
              : chain.next_links === null
                ? t("intactLast")
                : t("intact")}
        </dd>
      </dl>
    </section>
  )
}
