import Link from "next/link"
import { notFound } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { formatCny, formatDate } from "@/lib/format"
import { getPart, type Part } from "@/lib/data/supplier"
import { statusOf } from "@/lib/problems"
import { requireSupplier } from "@/lib/supplier-session"
import { InvoiceForm, ShipForm } from "./PartForms"

/** One part of an order: its lines and address, shipping it, its invoice, and the buyer's 验收 and 评价. */
export default async function PartPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await requireSupplier(`/supplier/orders/${id}`)
  const [t, locale] = await Promise.all([getTranslations("supplier.orders"), getLocale()])
  let part: Part
  try {
    part = await getPart(id)
  } catch (error) {
    if (statusOf(error) === 404) notFound()
    throw error
  }
  const address = part.order?.shipping_address
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/supplier/orders">{t("title")}</Link>
      </p>
      <h1>{t("order", { number: part.order?.display_id ?? "—" })}</h1>
      <p className="muted">{t("placed", { date: formatDate(part.created_at, locale) })}</p>
      {part.order?.canceled_at ? <p className="notice check-no">{t("canceled")}</p> : null}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th>{t("item")}</th>
              <th>{t("quantity")}</th>
              <th>{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {(part.order?.items ?? []).map((item) => (
              <tr key={item.id}>
                <td>
                  {item.title}
                  {item.variant_title ? `（${item.variant_title}）` : ""}
                </td>
                <td>{item.quantity}</td>
                <td>{formatCny(Number(item.total))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {address ? (
        <>
          <h2>{t("address")}</h2>
          <p>
            {address.last_name}
            {address.first_name} {address.phone}
            <br />
            {address.province} {address.city} {address.address_1} {address.postal_code}
          </p>
        </>
      ) : null}

      <h2>{t("shipment")}</h2>
      {part.shipped_at ? (
        <p className="check-ok">
          {t("shippedOn", {
            date: formatDate(part.shipped_at, locale),
            carrier: part.carrier ?? "",
            tracking: part.tracking_number ?? "",
          })}
        </p>
      ) : part.order?.canceled_at ? null : (
        <ShipForm partId={part.id} />
      )}

      <h2>{t("invoice")}</h2>
      {part.invoice_number ? (
        <p className="check-ok">
          {t("invoicedOn", {
            number: part.invoice_number,
            date: formatDate(part.invoiced_at ?? part.created_at, locale),
          })}{" "}
          {part.invoice_file ? (
            <a href={`/supplier/files/${encodeURIComponent(part.invoice_file.id)}`} target="_blank" rel="noreferrer">
              {part.invoice_file.name ?? t("invoiceFile")}
            </a>
          ) : null}
        </p>
      ) : null}
      {part.shipped_at ? <InvoiceForm partId={part.id} /> : <p className="muted">{t("invoiceAfterShipping")}</p>}

      <h2>{t("buyer")}</h2>
      {part.accepted_at ? (
        <p className="check-ok">{t("acceptedOn", { date: formatDate(part.accepted_at, locale) })}</p>
      ) : (
        <p className="muted">{t("notAccepted")}</p>
      )}
      {part.rating ? (
        <p>
          <span aria-label={t("stars", { rating: part.rating })}>
            {"★".repeat(part.rating)}
            {"☆".repeat(5 - part.rating)}
          </span>{" "}
          {part.rating_comment}
        </p>
      ) : null}
    </section>
  )
}
