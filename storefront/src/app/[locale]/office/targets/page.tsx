import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { shanghaiYear } from "@zhunong/common/dates"
import { formatYuan } from "@zhunong/common/money"
import { formatFen } from "@/lib/format"
import { currentOffice, targets } from "@/lib/data/office"
import { EditTargetForm, NewTargetForm } from "../forms"

/** A rate in basis points as the percentage people type (1000 → "10"). */
const percentOf = (bp: number | null) => (bp === null ? null : (bp / 100).toFixed(2).replace(/\.?0+$/, ""))

/**
 * 目标: the year's targets of the office's subtree with where each stands (per unit for share
 * targets, those behind first), a form to change each, and one to set a new one.
 */
export default async function TargetsPage() {
  const office = await currentOffice()
  if (!office) redirect("/office/login?next=%2Foffice%2Ftargets")
  const t = await getTranslations("office.targets")
  const year = shanghaiYear()
  const goals = await targets(year)
  const names = new Map(office.jurisdictions.map((j) => [j.code, j.name]))
  return (
    <section>
      <h1>{t("title", { year })}</h1>
      {goals.length ? (
        <ul className="finding-rows">
          {goals.map((goal) => (
            <li key={goal.id} className="finding" data-testid="target">
              <h2>{goal.name}</h2>
              <p className="muted">
                {names.get(goal.jurisdiction_code) ?? goal.jurisdiction_code} ·{" "}
                {goal.metric === "amount"
                  ? t("amountRule", { amount: formatFen(Number(goal.threshold_fen ?? 0)) })
                  : t("shareRule", { percent: percentOf(goal.rate_bp) ?? "—" })}
              </p>
              {goal.total && goal.total.required_fen !== null ? (
                <>
                  <progress
                    max={goal.total.required_fen}
                    value={Math.min(goal.total.achieved_fen, goal.total.required_fen)}
                  />
                  <p className={goal.total.on_track ? "check-ok" : "check-no"}>
                    {t("progress", {
                      achieved: formatFen(goal.total.achieved_fen),
                      required: formatFen(goal.total.required_fen),
                      projected: formatFen(goal.total.projected_fen),
                    })}
                  </p>
                </>
              ) : null}
              {goal.units ? (
                <div className="table-scroll">
                  <table>
                    <thead>
                      <tr>
                        <th>{t("unit")}</th>
                        <th>{t("base")}</th>
                        <th>{t("required")}</th>
                        <th>{t("achieved")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {[...goal.units]
                        .sort((a, b) => Number(a.on_track ?? false) - Number(b.on_track ?? false))
                        .map((u) => (
                          <tr key={u.unit_id} className={u.on_track === false ? "behind" : undefined}>
                            <td>{u.unit_name}</td>
                            <td>{u.base_fen === null ? t("notDeclared") : formatFen(u.base_fen)}</td>
                            <td>{u.required_fen === null ? "—" : formatFen(u.required_fen)}</td>
                            <td className={u.on_track ? "check-ok" : u.on_track === false ? "check-no" : undefined}>
                              {formatFen(u.achieved_fen)}
                            </td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
              <details>
                <summary>{t("edit")}</summary>
                <EditTargetForm
                  target={{
                    id: goal.id,
                    name: goal.name,
                    metric: goal.metric,
                    threshold_yuan: goal.threshold_fen === null ? null : formatYuan(Number(goal.threshold_fen)),
                    rate_percent: percentOf(goal.rate_bp),
                  }}
                />
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      <NewTargetForm year={year} jurisdictions={office.jurisdictions} />
    </section>
  )
}
