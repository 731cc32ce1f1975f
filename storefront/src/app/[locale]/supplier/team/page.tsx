import { getLocale, getTranslations } from "next-intl/server"
import { SUPPLIER_USER_ROLE_LABELS } from "@zhunong/common/supplier-rules"
import { pick } from "@/i18n/locales"
import { formatDate } from "@/lib/format"
import { listUsers } from "@/lib/data/supplier"
import { requireSupplier } from "@/lib/supplier-session"
import { removeUserAction } from "../actions"
import { InviteForm } from "./InviteForm"

/** 团队: who works in the portal; the owner invites staff with a code and removes them. */
export default async function TeamPage() {
  const { me } = await requireSupplier("/supplier/team")
  const [t, locale, users] = await Promise.all([getTranslations("supplier.team"), getLocale(), listUsers()])
  const owner = me.role === "owner"
  return (
    <section>
      <h1>{t("title")}</h1>
      <ul className="team">
        {users
          .filter((u) => u.status !== "removed")
          .map((u) => (
            <li key={u.id} data-testid="team-member">
              <strong>{u.name}</strong> {u.email} · {pick(SUPPLIER_USER_ROLE_LABELS[u.role], locale)} ·{" "}
              {t(`status.${u.status}`)} <span className="muted">{formatDate(u.created_at, locale)}</span>
              {owner && u.id !== me.id ? (
                <form action={removeUserAction} className="inline-form">
                  <input type="hidden" name="user_id" value={u.id} />
                  <button type="submit" className="link-button danger">
                    {t("remove", { name: u.name })}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
      </ul>
      {owner ? <InviteForm /> : <p className="muted">{t("ownerOnly")}</p>}
    </section>
  )
}
