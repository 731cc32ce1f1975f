import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { MEMBER_ROLE_LABELS, MEMBERSHIP_STATUS_LABELS, UNIT_TYPE_LABELS } from "@zhunong/common/purchase-rules"
import { pick } from "@/i18n/locales"
import { safeNext } from "@/lib/next-path"
import { getCustomer } from "@/lib/data/customer"
import { listMemberships } from "@/lib/data/units"
import { signOutAction } from "./actions"
import { JoinForm, SignInForm, SignUpForm } from "./forms"

export const dynamic = "force-dynamic"

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [t, locale, customer, { next }] = await Promise.all([
    getTranslations("account"),
    getLocale(),
    getCustomer(),
    searchParams,
  ])
  const after = safeNext(next)

  if (!customer) {
    return (
      <section>
        <h1>{t("welcome")}</h1>
        <p>{t("welcomeText")}</p>
        <div className="two-columns">
          <SignInForm next={after} />
          <SignUpForm next={after} />
        </div>
      </section>
    )
  }

  const memberships = await listMemberships()
  return (
    <section>
      <h1>{t("hello", { name: `${customer.last_name ?? ""}${customer.first_name ?? ""}` || customer.email })}</h1>
      <p className="muted">{customer.email}</p>
      <nav aria-label={t("menu")} className="account-nav">
        <Link href="/account/orders">{t("orders")}</Link>
        <Link href="/account/addresses">{t("addresses")}</Link>
        <form action={signOutAction}>
          <button type="submit" className="link-button">
            {t("signOut")}
          </button>
        </form>
      </nav>

      <h2>{t("units")}</h2>
      {memberships.length === 0 ? (
        <p>{t("noUnits")}</p>
      ) : (
        <ul className="plain-list memberships">
          {memberships.map((m) => (
            <li key={m.id}>
              <strong>{m.unit.name}</strong> · {pick(UNIT_TYPE_LABELS[m.unit.type], locale)} ·{" "}
              {pick(MEMBER_ROLE_LABELS[m.role], locale)} ·{" "}
              <span className={m.status === "active" ? "status-ok" : "status-wait"}>
                {pick(MEMBERSHIP_STATUS_LABELS[m.status], locale)}
              </span>
              {m.status === "active" ? (
                <>
                  {" "}
                  · <Link href={`/units/${m.unit.id}`}>{t("unitPage")}</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <JoinForm />
    </section>
  )
}
