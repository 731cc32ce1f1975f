import { getLocale, getTranslations } from "next-intl/server"
import { formatYuan } from "@zhunong/common/money"
import { DECLARATION_KIND_LABELS, DECLARATION_STATUS_LABELS } from "@zhunong/common/office-forms"
import { pick } from "@/i18n/locales"
import { formatDate, formatFen } from "@/lib/format"
import { getReservedShare, listSubordinateDeclarations, type UnitDeclarationEvent } from "@/lib/data/units"
import { DeclareShareForm, ReviewDeclarationForm } from "./ShareForms"

const amount = (fen: string | number | null) => (fen === null ? null : Number(fen))

async function History({ events }: { events: UnitDeclarationEvent[] }) {
  const [t, locale] = await Promise.all([getTranslations("unit.share"), getLocale()])
  return (
    <ol className="history" aria-label={t("history")}>
      {events.map((e) => (
        <li key={e.id}>
          {formatDate(e.created_at, locale)} · {e.actor_name} · <strong>{t(`actions.${e.action}`)}</strong>
          {e.reason ? `：${e.reason}` : ""}
        </li>
      ))}
    </ol>
  )
}

/**
 * 预留份额 on the unit's page: the office's call, the unit's declaration with its status and history
 * and its completion for every member; the form for its admin; and, for a 主管单位's admin, the
 * declarations of the units it supervises to review.
 */
export async function ReservedShare({ unitId, admin }: { unitId: string; admin: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("unit.share"), getLocale()])
  const [share, subordinates] = await Promise.all([
    getReservedShare(unitId),
    admin ? listSubordinateDeclarations(unitId) : [],
  ])
  const { campaign, declaration, standing } = share
  return (
    <section aria-labelledby="reserved-share" data-testid="reserved-share">
      <h2 id="reserved-share">{t("title")}</h2>
      {!share.budget ? (
        <p className="muted">{t("notBudget")}</p>
      ) : !campaign ? (
        <p className="muted">{t("noCall")}</p>
      ) : (
        <>
          <p>
            {t("call", {
              office: campaign.office_name,
              year: campaign.year,
              percent: campaign.rate_bp / 100,
              deadline: campaign.deadline,
            })}
          </p>
          {share.reminders.length && !declaration ? (
            <ul className="notices" aria-label={t("reminders")}>
              {share.reminders.map((r) => (
                <li key={r.id} role="note">
                  {formatDate(r.created_at, locale)} · {r.data.body ?? r.data.title}
                </li>
              ))}
            </ul>
          ) : null}
          {declaration ? (
            <div className="declaration">
              <p>
                <strong>{pick(DECLARATION_KIND_LABELS[declaration.kind], locale)}</strong> ·{" "}
                <span
                  className={
                    declaration.status === "returned"
                      ? "check-no"
                      : declaration.status === "confirmed"
                        ? "check-ok"
                        : undefined
                  }
                  data-testid="declaration-status"
                >
                  {pick(DECLARATION_STATUS_LABELS[declaration.status], locale)}
                </span>
                {declaration.late ? ` · ${t("late")}` : ""}
              </p>
              {declaration.reserved_fen !== null ? (
                <p>
                  {t("declared", {
                    total: formatFen(Number(declaration.canteen_total_fen)),
                    reserved: formatFen(Number(declaration.reserved_fen)),
                  })}
                </p>
              ) : null}
              {declaration.representative_unit_name ? (
                <p>{t("sharedWith", { name: declaration.representative_unit_name })}</p>
              ) : null}
              {declaration.contractor_name ? <p>{t("contractorIs", { name: declaration.contractor_name })}</p> : null}
              {standing?.reserved_fen ? (
                <>
                  <progress
                    max={standing.reserved_fen}
                    value={Math.min(standing.bought_fen, standing.reserved_fen)}
                    aria-label={t("completion")}
                  />
                  <p className={standing.behind ? "check-no" : "check-ok"} data-testid="share-completion">
                    {t("completionIs", {
                      bought: formatFen(standing.bought_fen),
                      reserved: formatFen(standing.reserved_fen),
                      percent: ((standing.completion_bp ?? 0) / 100).toFixed(2),
                    })}{" "}
                    {standing.behind ? t("behind") : t("onTrack")}
                  </p>
                </>
              ) : null}
              <History events={share.events} />
            </div>
          ) : (
            <p className="check-no">{t("notDeclared")}</p>
          )}
          {admin ? (
            <DeclareShareForm
              unitId={unitId}
              rateBp={campaign.rate_bp}
              confirmed={declaration?.status === "confirmed"}
              representatives={share.representatives}
              current={
                declaration
                  ? {
                      kind: declaration.kind,
                      canteen_total_yuan:
                        amount(declaration.canteen_total_fen) === null
                          ? ""
                          : formatYuan(amount(declaration.canteen_total_fen)!),
                      reserved_yuan:
                        amount(declaration.reserved_fen) === null ? "" : formatYuan(amount(declaration.reserved_fen)!),
                      representative_unit_id: declaration.representative_unit_id ?? "",
                      contractor_name: declaration.contractor_name ?? "",
                    }
                  : null
              }
            />
          ) : null}
        </>
      )}
      {subordinates.length ? (
        <>
          <h3>{t("subordinates")}</h3>
          <ul className="finding-rows" data-testid="subordinate-declarations">
            {subordinates.map((d) => (
              <li key={d.id} className="finding">
                <p>
                  <strong>{d.unit_name}</strong> · {pick(DECLARATION_KIND_LABELS[d.kind], locale)} ·{" "}
                  {pick(DECLARATION_STATUS_LABELS[d.status], locale)}
                </p>
                {d.reserved_fen !== null ? (
                  <p>
                    {t("declared", {
                      total: formatFen(Number(d.canteen_total_fen)),
                      reserved: formatFen(Number(d.reserved_fen)),
                    })}
                  </p>
                ) : null}
                <History events={d.events} />
                {d.status === "submitted" ? <ReviewDeclarationForm unitId={unitId} declarationId={d.id} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
