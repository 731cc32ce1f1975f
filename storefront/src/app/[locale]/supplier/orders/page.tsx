import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { PART_STATUSES, PART_STATUS_LABELS } from "@zhunong/common/supplier-rules"
import { pick } from "@/i18n/locales"
import { Pager, offsetOf } from "@/components/portal/Pager"
import { formatDate } from "@/lib/format"
import { listParts } from "@/lib/data/supplier"
import { requireSupplier } from "@/lib/supplier-session"

const LIMIT = 20

/** The supplier's parts of orders, newest first, filtered 待发货 / 已发货 / 已验收 by the backend. */
export default async function PartsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; offset?: string }>
}) {
  await requireSupplier("/supplier/orders")
  const [t, locale, params] = await Promise.all([getTranslations("supplier.orders"), getLocale(), searchParams])
  const status = PART_STATUSES.find((s) => s === params.status)
  const offset = offsetOf(params.offset)
  const { orders, count } = await listParts({ status, offset, limit: LIMIT })
  return (
    <section>
      <h1>{t("title")}</h1>
      <nav className="tabs" aria-label={t("filter")}>
        <Link href="/supplier/orders" aria-current={!status ? "page" : undefined}>
          {t("all")}
        </Link>
        {PART_STATUSES.map((s) => (
          <Link key={s} href={`/supplier/orders?status=${s}`} aria-current={status === s ? "page" : undefined}>
            {pick(PART_STATUS_LABELS[s], locale)}
          </Link>
        ))}
      </nav>
      {orders.length ? (
        <ul className="part-rows">
          {orders.map((part) => (
            <li key={part.id} className="part-row" data-testid="part-row">
              <Link href={`/supplier/orders/${part.id}`}>
                <strong>{t("order", { number: part.order?.display_id ?? "—" })}</strong>
              </Link>{" "}
              <span className="muted">{formatDate(part.created_at, locale)}</span>
              <p>
                {(part.order?.items ?? [])
                  .map((i) => `${i.title}${i.variant_title ? `（${i.variant_title}）` : ""} × ${i.quantity}`)
                  .join("；")}
              </p>
              <p className={part.order?.canceled_at ? "check-no" : part.accepted_at ? "check-ok" : "muted"}>
                {part.order?.canceled_at
                  ? t("canceled")
                  : part.accepted_at
                    ? t("accepted")
                    : part.shipped_at
                      ? t("shippedWith", { carrier: part.carrier ?? "", tracking: part.tracking_number ?? "" })
                      : t("toShip")}
                {part.invoice_number ? ` · ${t("invoiced", { number: part.invoice_number })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
      <Pager path="/supplier/orders" params={{ status }} offset={offset} limit={LIMIT} count={count} />
    </section>
  )
}
