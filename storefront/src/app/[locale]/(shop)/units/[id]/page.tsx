import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import {
  CHANNEL_LABELS,
  FUNDING_LABELS,
  MEMBER_ROLE_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  UNIT_TYPE_LABELS,
} from "@zhunong/common/purchase-rules"
import { pick } from "@/i18n/locales"
import { isSignedIn } from "@/lib/data/client"
import { problemOf, statusOf } from "@/lib/problems"
import { getUnit, listInvites, listUnitMembers, listUnitOrders, listUnitTargets, type Unit } from "@/lib/data/units"
import { formatDate, formatFen } from "@/lib/format"
import { revokeInviteAction } from "./actions"
import { ReservedShare } from "./ReservedShare"
import { DecideForm, InviteForm } from "./UnitForms"

export const dynamic = "force-dynamic"

/** A unit for its own people: progress for every member; members and invites for its admin; orders for admin and procurement. */
export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!(await isSignedIn())) redirect(`/account?next=/units/${id}`)
  const [t, locale] = await Promise.all([getTranslations("unit"), getLocale()])
  let unit: Unit
  try {
    unit = await getUnit(id)
  } catch (error) {
    if (statusOf(error) === 401) redirect(`/account?next=/units/${id}`)
    if (statusOf(error) === 403 || statusOf(error) === 404) {
      return (
        <section>
          <h1>{t("title")}</h1>
          <p role="alert">{problemOf(error).message}</p>
        </section>
      )
    }
    throw error
  }
  const admin = unit.my_role === "unit_admin"
  const seesOrders = admin || unit.my_role === "procurement_officer"
  const [targets, members, invites, orders] = await Promise.all([
    listUnitTargets(id),
    admin ? listUnitMembers(id) : null,
    admin ? listInvites(id) : null,
    seesOrders ? listUnitOrders(id) : null,
  ])

  return (
    <section>
      <h1>{unit.name}</h1>
      <p className="muted">
        {pick(UNIT_TYPE_LABELS[unit.type], locale)}
        {unit.parents.length ? ` · ${t("parent", { name: unit.parents.map((p) => p.name).join(" › ") })}` : ""} ·{" "}
        {t("myRole", { role: pick(MEMBER_ROLE_LABELS[unit.my_role], locale) })}
      </p>

      <section aria-labelledby="targets">
        <h2 id="targets">{t("targets")}</h2>
        {targets.length === 0 ? (
          <p>{t("noTargets")}</p>
        ) : (
          <ul className="plain-list targets">
            {targets.map((target) => {
              const p = target.progress ?? target.total ?? null
              return (
                <li key={target.id}>
                  <strong>{target.name}</strong>
                  {p ? (
                    <>
                      {p.required_fen !== null ? (
                        <progress
                          max={Math.max(p.required_fen, 1)}
                          value={Math.min(p.achieved_fen, p.required_fen)}
                          aria-label={target.name}
                        />
                      ) : null}
                      <span>
                        {t("achieved", { amount: formatFen(p.achieved_fen) })}
                        {p.required_fen !== null
                          ? ` / ${t("required", { amount: formatFen(p.required_fen) })}`
                          : ` · ${t("noBasis")}`}
                        {` · ${t("projected", { amount: formatFen(p.projected_fen) })}`}
                        {p.on_track === null ? "" : p.on_track ? ` · ${t("onTrack")}` : ` · ${t("behind")}`}
                      </span>
                    </>
                  ) : null}
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <ReservedShare unitId={id} admin={admin} />

      {members ? (
        <section aria-labelledby="members">
          <h2 id="members">{t("members")}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {[...members]
                .sort((a, b) => Number(b.status === "pending") - Number(a.status === "pending"))
                .filter((m) => m.status !== "removed")
                .map((m) => (
                  <tr key={m.id}>
                    <td>
                      {`${m.customer?.last_name ?? ""}${m.customer?.first_name ?? ""}` || "—"}{" "}
                      <span className="muted">{m.customer?.email}</span>
                    </td>
                    <td>{pick(MEMBER_ROLE_LABELS[m.role], locale)}</td>
                    <td>{pick(MEMBERSHIP_STATUS_LABELS[m.status], locale)}</td>
                    <td>
                      <DecideForm unitId={id} membershipId={m.id} pending={m.status === "pending"} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {invites ? (
        <section aria-labelledby="invites">
          <h2 id="invites">{t("invites")}</h2>
          <ul className="plain-list">
            {invites
              .filter((i) => i.usable)
              .map((i) => (
                <li key={i.id}>
                  <code>{i.code}</code> · {pick(MEMBER_ROLE_LABELS[i.role], locale)} · {t("inviteLink")}{" "}
                  <code>/join/{i.code}</code> · {t("expires", { date: formatDate(i.expires_at, locale) })} ·{" "}
                  {t("used", { count: i.used_count })}
                  <form action={revokeInviteAction} className="inline-form">
                    <input type="hidden" name="unit_id" value={id} />
                    <input type="hidden" name="invite_id" value={i.id} />
                    <button type="submit" className="link-button">
                      {t("revoke")}
                    </button>
                  </form>
                </li>
              ))}
          </ul>
          <InviteForm unitId={id} />
        </section>
      ) : null}

      {orders ? (
        <section aria-labelledby="orders">
          <h2 id="orders">{t("orders")}</h2>
          {orders.length === 0 ? (
            <p>{t("noOrders")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("order")}</th>
                  <th scope="col">{t("date")}</th>
                  <th scope="col">{t("channel")}</th>
                  <th scope="col">{t("amount")}</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id}>
                    <td>
                      #{o.order?.display_id} <span className="muted">{o.order?.email}</span>
                    </td>
                    <td>{formatDate(o.attributed_at, locale)}</td>
                    <td>
                      {pick(CHANNEL_LABELS[o.channel], locale)} · {pick(FUNDING_LABELS[o.funding], locale)}
                    </td>
                    <td>{formatFen(o.amount_fen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </section>
  )
}
