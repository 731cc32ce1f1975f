import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { Pager, offsetOf } from "@/components/portal/Pager"
import { formatDate } from "@/lib/format"
import { listNotifications } from "@/lib/data/supplier"
import { requireSupplier } from "@/lib/supplier-session"
import { markReadAction } from "../actions"

const LIMIT = 20

/** 通知: what needs the supplier, written when it happened; unread first in weight, newest first in order. */
export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<{ unread?: string; offset?: string }>
}) {
  await requireSupplier("/supplier/notifications")
  const [t, locale, params] = await Promise.all([getTranslations("supplier.inbox"), getLocale(), searchParams])
  const unreadOnly = params.unread === "true"
  const offset = offsetOf(params.offset)
  const { notifications, count, unread } = await listNotifications({
    unread: unreadOnly || undefined,
    offset,
    limit: LIMIT,
  })
  return (
    <section>
      <div className="page-title">
        <h1>{t("title")}</h1>
        {unread ? (
          <form action={markReadAction}>
            <button type="submit" className="button secondary">
              {t("readAll", { count: unread })}
            </button>
          </form>
        ) : null}
      </div>
      <nav className="tabs" aria-label={t("filter")}>
        <Link href="/supplier/notifications" aria-current={!unreadOnly ? "page" : undefined}>
          {t("all")}
        </Link>
        <Link href="/supplier/notifications?unread=true" aria-current={unreadOnly ? "page" : undefined}>
          {t("unread", { count: unread })}
        </Link>
      </nav>
      {notifications.length ? (
        <ul className="inbox">
          {notifications.map((n) => (
            <li key={n.id} className={n.read_at ? "read" : "unread"} data-testid="notification">
              <p>
                {!n.read_at ? <span className="badge">{t("new")}</span> : null} <strong>{n.title}</strong>{" "}
                <span className="muted">{formatDate(n.created_at, locale)}</span>
              </p>
              {n.body ? <p>{n.body}</p> : null}
              <p className="inbox-tools">
                {n.link?.startsWith("/supplier") ? <Link href={n.link}>{t("open")}</Link> : null}
                {!n.read_at ? (
                  <form action={markReadAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="link-button">
                      {t("markRead")}
                    </button>
                  </form>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{unreadOnly ? t("noneUnread") : t("empty")}</p>
      )}
      <Pager
        path="/supplier/notifications"
        params={{ unread: unreadOnly ? "true" : undefined }}
        offset={offset}
        limit={LIMIT}
        count={count}
      />
    </section>
  )
}
