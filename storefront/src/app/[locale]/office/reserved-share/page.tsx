import Link from "next/link"
import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { shanghaiYear } from "@zhunong/common/dates"
import { DECLARATION_KIND_LABELS } from "@zhunong/common/office-forms"
import { Pager, offsetOf } from "@/components/portal/Pager"
import { pick } from "@/i18n/locales"
import { formatDate, formatFen } from "@/lib/format"
import { bulletins, currentOffice, reservedShare } from "@/lib/data/office"
import { BulletinForm, DeclarationDecisionForm, RemindForm, ShareCampaignForm } from "../forms"

const LIMIT = 50
const COVERAGES = ["missing", "declared", "confirmed", "exempt"] as const

/**
 * 预留份额: the office's call for the year, who has declared (coverage), the units ranked by
 * completion with those behind highlighted, the declarations to confirm, reminders, and the 通报.
 */
export default async function ReservedSharePage({
  searchParams,
}: {
  searchParams: Promise<{ coverage?: string; offset?: string }>
}) {
  const params = await searchParams
  const office = await currentOffice()
  if (!office) redirect("/office/login?next=%2Foffice%2Freserved-share")
  const [t, locale] = await Promise.all([getTranslations("office.share"), getLocale()])
  const year = shanghaiYear()
  const coverage = COVERAGES.find((c) => c === params.coverage)
  const offset = offsetOf(params.offset)
  const share = await reservedShare({ year, coverage, offset, limit: LIMIT })
  const kept = share.campaign ? await bulletins(year) : []
  const percent = (bp: number | null) => (bp === null ? "—" : `${(bp / 100).toFixed(2)}%`)
  return (
    <section>
      <h1>{t("title", { year })}</h1>
      {share.campaign ? (
        <p className="muted">
          {t("callIs", { deadline: share.campaign.deadline, percent: share.campaign.rate_bp / 100 })}
        </p>
      ) : (
        <p>{t("noCall")}</p>
      )}
      <details open={!share.campaign}>
        <summary>{share.campaign ? t("editCall") : t("call")}</summary>
        <ShareCampaignForm
          year={year}
          deadline={share.campaign?.deadline}
          ratePercent={share.campaign ? String(share.campaign.rate_bp / 100) : undefined}
        />
      </details>
      {share.campaign && share.coverage ? (
        <>
          <h2>{t("coverage")}</h2>
          <ul className="tiles" data-testid="share-coverage">
            <li>
              <Link href="/office/reserved-share">
                <strong>{share.coverage.units}</strong> {t("units")}
              </Link>
            </li>
            {COVERAGES.map((c) => (
              <li key={c}>
                <Link href={`/office/reserved-share?coverage=${c}`} aria-current={coverage === c ? "page" : undefined}>
                  <strong>{share.coverage![c]}</strong> {t(c)}
                </Link>
              </li>
            ))}
          </ul>
          {share.coverage.missing ? <RemindForm year={year} /> : null}

          <h2>{t("ranking")}</h2>
          <div className="table-scroll">
            <table data-testid="share-ranking">
              <thead>
                <tr>
                  <th>{t("rank")}</th>
                  <th>{t("unit")}</th>
                  <th>{t("status")}</th>
                  <th>{t("reserved")}</th>
                  <th>{t("bought")}</th>
                  <th>{t("completion")}</th>
                </tr>
              </thead>
              <tbody>
                {share.units.map((u, i) => (
                  <tr key={u.unit_id} className={u.behind ? "behind" : undefined} data-testid="share-unit">
                    <td>{u.completion_bp === null ? "—" : offset + i + 1}</td>
                    <td>
                      {u.unit_name}
                      {u.behind ? <span className="badge-behind"> {t("behind")}</span> : null}
                    </td>
                    <td>
                      {t(u.coverage)}
                      {u.kind ? ` · ${pick(DECLARATION_KIND_LABELS[u.kind], locale)}` : ""}
                      {u.late ? ` · ${t("late")}` : ""}
                      {u.events.length ? (
                        <details>
                          <summary>{t("history")}</summary>
                          <ol className="history">
                            {u.events.map((e) => (
                              <li key={e.id}>
                                {formatDate(e.created_at, locale)} · {e.actor_name} · {t(`actions.${e.action}`)}
                                {e.reason ? `：${e.reason}` : ""}
                              </li>
                            ))}
                          </ol>
                        </details>
                      ) : null}
                      {/* confirmable once its 主管单位 has reviewed it, at once when it has none */}
                      {u.declaration_id &&
                      (u.status === "reviewed" || (u.status === "submitted" && !u.parent_unit_id)) ? (
                        <DeclarationDecisionForm declarationId={u.declaration_id} />
                      ) : null}
                    </td>
                    <td>{u.reserved_fen === null ? "—" : formatFen(u.reserved_fen)}</td>
                    <td>{formatFen(u.bought_fen)}</td>
                    <td className={u.behind ? "check-no" : undefined}>{percent(u.completion_bp)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            path="/office/reserved-share"
            params={{ coverage }}
            offset={offset}
            limit={LIMIT}
            count={share.count}
          />

          <h2>{t("bulletins")}</h2>
          {kept.length ? (
            <ul className="plain-list" data-testid="bulletins">
              {kept.map((b) => (
                <li key={b.id}>
                  <Link href={`/office/reserved-share/bulletins/${b.id}`}>{b.title}</Link>{" "}
                  <span className="muted">{t("asOf", { date: b.as_of })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("noBulletins")}</p>
          )}
          <BulletinForm year={year} />
        </>
      ) : null}
    </section>
  )
}
