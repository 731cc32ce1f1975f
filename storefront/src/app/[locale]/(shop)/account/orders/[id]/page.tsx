import { notFound, redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { paymentKindsFor } from "@zhunong/common/payment-rules"
import { CHANNEL_LABELS, FUNDING_LABELS, MEMBER_ROLE_LABELS } from "@zhunong/common/purchase-rules"
import { CARRIER_LABELS, type Carrier } from "@zhunong/common/supplier-rules"
import { pick } from "@/i18n/locales"
import { isSignedIn } from "@/lib/data/client"
import { getOrder } from "@/lib/data/orders"
import { formatCny, formatDate } from "@/lib/format"
import { BankTransferPanel } from "./BankTransferPanel"
import { AcceptForm, RateForm } from "./CompletionForms"
import { Settling } from "./Settling"

export const dynamic = "force-dynamic"

/** A carrier code as the supplier chose it (sf → 顺丰速运), or the name it typed. */
function carrierName(carrier: string | null, locale: string): string {
  if (!carrier) return ""
  return carrier in CARRIER_LABELS ? pick(CARRIER_LABELS[carrier as Carrier], locale) : carrier
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ placed?: string }> }

/** One of the shopper's orders: whom it was credited to, each supplier's part with its tracking, 验收 and 评价. */
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { placed }] = await Promise.all([params, searchParams])
  if (!(await isSignedIn())) redirect(`/account?next=/account/orders/${id}`)
  const [t, locale, found] = await Promise.all([getTranslations("order"), getLocale(), getOrder(id)])
  if (!found) notFound()
  const { order, attribution, parts, completion, bankTransfer } = found
  const progress = new Map(completion.parts.map((p) => [p.part_id, p]))
  // not yet split among its suppliers, paid but the payment not yet entered, or on invoice but its
  // 对公转账 not yet opened: each follows shortly, by its own subscriber
  const onInvoice = attribution ? paymentKindsFor(attribution.funding).includes("bank_transfer") : false
  const settling =
    parts.length === 0 || (order.payment_status === "captured" && !completion.paid_at) || (onInvoice && !bankTransfer)

  return (
    <section>
      {placed ? (
        <p className="form-ok" role="status">
          {onInvoice ? t("placedOnInvoice") : t("placed")}
        </p>
      ) : null}
      <h1>{t("title", { number: order.display_id ?? "" })}</h1>
      <p className="muted">
        {formatDate(order.created_at as string, locale)} · {t("total")} {formatCny(order.total)}
        {completion.paid_at ? ` · ${t("paid")}` : ""}
      </p>

      {settling ? <Settling /> : null}
      {bankTransfer ? <BankTransferPanel transfer={bankTransfer} /> : null}

      <section aria-labelledby="attribution" className="attribution">
        <h2 id="attribution">{t("attribution")}</h2>
        {attribution?.unit_name ? (
          <dl>
            <dt>{t("unit")}</dt>
            <dd>{attribution.unit_name}</dd>
            <dt>{t("channel")}</dt>
            <dd>{pick(CHANNEL_LABELS[attribution.channel], locale)}</dd>
            <dt>{t("funding")}</dt>
            <dd>{pick(FUNDING_LABELS[attribution.funding], locale)}</dd>
            {attribution.member_role ? (
              <>
                <dt>{t("role")}</dt>
                <dd>{pick(MEMBER_ROLE_LABELS[attribution.member_role], locale)}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{t("noUnit")}</p>
        )}
      </section>

      <h2>{t("parts")}</h2>
      {parts.map((part) => {
        const state = progress.get(part.id)
        return (
          <article key={part.id} className="order-part" data-testid="order-part">
            <h3>{part.supplier?.name ?? t("platform")}</h3>
            <ul className="plain-list">
              {part.items.map((item) => (
                <li key={item.id}>
                  {item.title} {item.variant_title ? `· ${item.variant_title}` : ""} × {item.quantity}
                </li>
              ))}
            </ul>
            <p>
              {part.shipped_at
                ? t("shipped", {
                    carrier: carrierName(part.carrier, locale),
                    tracking: part.tracking_number ?? "",
                    date: formatDate(part.shipped_at, locale),
                  })
                : t("notShipped")}
              {part.invoice_number ? ` · ${t("invoice", { number: part.invoice_number })}` : ""}
            </p>
            <ol className="steps" aria-label={t("completion")}>
              <li className={completion.paid_at ? "done" : ""}>{t("stepPaid")}</li>
              <li className={state?.delivered_at ? "done" : ""}>{t("stepDelivered")}</li>
              <li className={state?.accepted_at ? "done" : ""}>{t("stepAccepted")}</li>
              <li className={state?.rated_at ? "done" : ""}>{t("stepRated")}</li>
            </ol>
            {state?.rated_at ? (
              <p>{t("ratedAs", { count: state.rating ?? 0, comment: state.comment ?? "" })}</p>
            ) : state?.accepted_at ? (
              <RateForm orderId={order.id} partId={part.id} />
            ) : part.shipped_at ? (
              <AcceptForm orderId={order.id} partId={part.id} />
            ) : (
              <p className="muted">{t("acceptLater")}</p>
            )}
          </article>
        )
      })}

      {order.shipping_address ? (
        <section aria-labelledby="address">
          <h2 id="address">{t("address")}</h2>
          <p>
            {order.shipping_address.last_name}
            {order.shipping_address.first_name} · {order.shipping_address.phone} ·{" "}
            {[order.shipping_address.province, order.shipping_address.city, order.shipping_address.address_1]
              .filter(Boolean)
              .join(" ")}
          </p>
        </section>
      ) : null}
    </section>
  )
}
