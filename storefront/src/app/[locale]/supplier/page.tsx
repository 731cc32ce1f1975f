import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { ENTITY_TYPE_LABELS, SUPPLIER_STATUS_LABELS } from "@zhunong/common/supplier-rules"
import { pick } from "@/i18n/locales"
import { formatDate } from "@/lib/format"
import { listParts, unreadCount } from "@/lib/data/supplier"
import { requireSupplier } from "@/lib/supplier-session"

/** The supplier's status (待审核 / 已入驻 / 已暂停 / 已清退) and what happens next; then what needs it today. */
export default async function SupplierHome() {
  const session = await requireSupplier("/supplier")
  const [t, locale] = await Promise.all([getTranslations("supplier.home"), getLocale()])
  const { supplier, me } = session
  const approved = supplier.status === "approved"
  const [toShip, unread] = approved
    ? await Promise.all([listParts({ status: "to_ship", offset: 0, limit: 1 }), unreadCount()])
    : [null, await unreadCount()]
  const last = supplier.events.at(-1)
  return (
    <section>
      <h1>{supplier.name}</h1>
      <p className="muted">
        {pick(ENTITY_TYPE_LABELS[supplier.entity_type], locale)} · {supplier.uscc} · {t("role", { role: me.role })}
      </p>
      <div className={`notice status-${supplier.status}`} role="status">
        <h2>{t("status", { status: pick(SUPPLIER_STATUS_LABELS[supplier.status], locale) })}</h2>
        <p>{t(`next.${supplier.status}`)}</p>
        {supplier.status_reason ? <p>{t("reason", { reason: supplier.status_reason })}</p> : null}
        {last ? <p className="muted">{t("since", { date: formatDate(last.occurred_at, locale) })}</p> : null}
      </div>
      {approved ? (
        <ul className="tiles">
          <li>
            <Link href="/supplier/orders?status=to_ship">
              <strong>{toShip?.count ?? 0}</strong> {t("toShip")}
            </Link>
          </li>
          <li>
            <Link href="/supplier/notifications?unread=true">
              <strong>{unread}</strong> {t("unread")}
            </Link>
          </li>
          <li>
            <Link href="/supplier/products/new">{t("newListing")}</Link>
          </li>
        </ul>
      ) : null}
    </section>
  )
}
