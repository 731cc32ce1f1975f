import Link from "next/link"
import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { CHANNEL_LABELS } from "@zhunong/common/purchase-rules"
import { pick } from "@/i18n/locales"
import { isSignedIn } from "@/lib/data/client"
import { listOrders } from "@/lib/data/orders"
import { formatCny, formatDate } from "@/lib/format"

export const dynamic = "force-dynamic"

export default async function OrdersPage() {
  if (!(await isSignedIn())) redirect("/account?next=/account/orders")
  const [t, locale, orders] = await Promise.all([getTranslations("orders"), getLocale(), listOrders()])
  return (
    <section>
      <h1>{t("title")}</h1>
      {orders.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="orders-table">
          <thead>
            <tr>
              <th scope="col">{t("number")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("for")}</th>
              <th scope="col">{t("total")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={`/account/orders/${o.id}`}>#{o.display_id}</Link>
                </td>
                <td>{formatDate(o.created_at as string, locale)}</td>
                <td>
                  {o.order_attribution?.unit_name ?? t("noUnit")}
                  {o.order_attribution ? ` · ${pick(CHANNEL_LABELS[o.order_attribution.channel], locale)}` : ""}
                </td>
                <td>{formatCny(o.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
