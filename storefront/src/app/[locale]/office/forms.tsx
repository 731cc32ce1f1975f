"use client"
import { useEffect, useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { CHECK_DECISIONS, CHECK_DECISION_LABELS } from "@zhunong/common/counting-rules"
import { DecisionForm } from "@/components/DecisionForm"
import { Field } from "@/components/Field"
import { FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import type { FormState } from "@/components/form-state"
import { pick } from "@/i18n/locales"
import {
  createBulletinAction,
  createTargetAction,
  decideCheckAction,
  decideDeclarationAction,
  remindUnitsAction,
  saveShareCampaignAction,
  decideOfflineAction,
  requestExportAction,
  updateTargetAction,
} from "./actions"

function Done({ state }: { state: FormState }) {
  return state?.ok ? (
    <p role="status" className="form-ok">
      {state.message}
    </p>
  ) : null
}

/** 核查结论: 已核实 / 误报 / 已处理 with the note that says why. */
export function CheckDecisionForm({ findingKey, from, to }: { findingKey: string; from: string; to: string }) {
  const t = useTranslations("office.checks")
  const locale = useLocale()
  const [state, action] = useFormAction(decideCheckAction)
  const id = `chk-${findingKey.slice(0, 8)}`
  return (
    <form action={action} className="decision-form" aria-label={t("decide")}>
      <input type="hidden" name="finding_key" value={findingKey} />
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="to" value={to} />
      <fieldset className="choices-inline">
        <legend>{t("decision")}</legend>
        {CHECK_DECISIONS.map((d) => (
          <label key={d}>
            <input type="radio" name="decision" value={d} defaultChecked={state?.values?.decision === d} required />{" "}
            {pick(CHECK_DECISION_LABELS[d], locale)}
          </label>
        ))}
      </fieldset>
      <Field form={id} name="note" label={t("note")} state={state} />
      <FormError state={state} fields={["note", "decision"]} />
      <Done state={state} />
      <SubmitButton pending={t("working")}>{t("decide")}</SubmitButton>
    </form>
  )
}

/** 核实 or 退回 an off-platform purchase; a rejection names its reason. */
export function OfflineDecisionForm({ id }: { id: string }) {
  const t = useTranslations("office.offline")
  return (
    <DecisionForm
      action={decideOfflineAction}
      fields={{ id }}
      label={t("decide")}
      noteLabel={t("reason")}
      accept={{ value: "verify", label: t("verify") }}
      refuse={{ value: "reject", label: t("reject") }}
      working={t("working")}
    />
  )
}

/** 新建目标: an amount for a jurisdiction of the office's subtree, or the canteen share budget units reserve. */
export function NewTargetForm({
  year,
  jurisdictions,
}: {
  year: number
  jurisdictions: { code: string; name: string }[]
}) {
  const t = useTranslations("office.targets")
  const [state, action] = useFormAction(createTargetAction)
  const [kind, setKind] = useState(state?.values?.kind ?? "amount")
  return (
    <form action={action} className="card-form" aria-labelledby="new-target">
      <h2 id="new-target">{t("new")}</h2>
      <input type="hidden" name="year" value={year} />
      <Field form="tgt" name="kind" label={t("kind")} state={state}>
        <select id="tgt-kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="amount">{t("kinds.amount")}</option>
          <option value="canteen_share">{t("kinds.canteen_share")}</option>
        </select>
      </Field>
      <Field form="tgt" name="name" label={t("name")} state={state} />
      <Field form="tgt" name="jurisdiction_code" label={t("jurisdiction")} state={state}>
        <select id="tgt-jurisdiction_code" name="jurisdiction_code" defaultValue={state?.values?.jurisdiction_code}>
          {jurisdictions.map((j) => (
            <option key={j.code} value={j.code}>
              {j.name}
            </option>
          ))}
        </select>
      </Field>
      {kind === "amount" ? (
        <Field form="tgt" name="amount_yuan" label={t("amountYuan")} state={state} inputMode="decimal" />
      ) : (
        <Field form="tgt" name="rate_percent" label={t("ratePercent")} state={state} inputMode="decimal" />
      )}
      <FormError state={state} fields={["name", "jurisdiction_code", "amount_yuan", "rate_percent", "kind"]} />
      <Done state={state} />
      <SubmitButton pending={t("working")}>{t("create")}</SubmitButton>
    </form>
  )
}

/** 修改目标: its name and figure, in 元 or %. */
export function EditTargetForm({
  target,
}: {
  target: { id: string; name: string; metric: string; threshold_yuan: string | null; rate_percent: string | null }
}) {
  const t = useTranslations("office.targets")
  const [state, action] = useFormAction(updateTargetAction)
  const form = `edit-${target.id}`
  return (
    <form action={action} className="decision-form" aria-label={t("edit")}>
      <input type="hidden" name="id" value={target.id} />
      <input type="hidden" name="metric" value={target.metric} />
      <Field form={form} name="name" label={t("name")} state={state} defaultValue={target.name} />
      {target.metric === "amount" ? (
        <Field
          form={form}
          name="amount_yuan"
          label={t("amountYuan")}
          state={state}
          inputMode="decimal"
          defaultValue={target.threshold_yuan ?? ""}
        />
      ) : (
        <Field
          form={form}
          name="rate_percent"
          label={t("ratePercent")}
          state={state}
          inputMode="decimal"
          defaultValue={target.rate_percent ?? ""}
        />
      )}
      <FormError state={state} fields={["name", "amount_yuan", "rate_percent"]} />
      <Done state={state} />
      <SubmitButton pending={t("working")}>{t("save")}</SubmitButton>
    </form>
  )
}

/** 新导出: 台账 for a range of months or 月报 for a year, as CSV or XLSX. */
export function ExportForm({ year }: { year: number }) {
  const t = useTranslations("office.exports")
  const [state, action] = useFormAction(requestExportAction)
  const [report, setReport] = useState(state?.values?.report ?? "ledger")
  return (
    <form action={action} className="card-form" aria-labelledby="new-export">
      <h2 id="new-export">{t("new")}</h2>
      <Field form="exp" name="report" label={t("report")} state={state}>
        <select id="exp-report" name="report" value={report} onChange={(e) => setReport(e.target.value)}>
          <option value="ledger">{t("reports.ledger")}</option>
          <option value="monthly">{t("reports.monthly")}</option>
        </select>
      </Field>
      {report === "ledger" ? (
        <div className="field-row">
          <Field form="exp" name="from" label={t("from")} state={state} type="month" defaultValue={`${year}-01`} />
          <Field form="exp" name="to" label={t("to")} state={state} type="month" defaultValue={`${year}-12`} />
        </div>
      ) : (
        <Field form="exp" name="year" label={t("year")} state={state} type="number" defaultValue={String(year)} />
      )}
      <Field form="exp" name="format" label={t("format")} state={state}>
        <select id="exp-format" name="format" defaultValue={state?.values?.format ?? "csv"}>
          <option value="csv">CSV</option>
          <option value="xlsx">XLSX（Excel）</option>
        </select>
      </Field>
      <FormError state={state} fields={["report", "from", "to", "year", "format"]} />
      <Done state={state} />
      <SubmitButton pending={t("working")}>{t("start")}</SubmitButton>
    </form>
  )
}

interface JobView {
  id: string
  status: "queued" | "running" | "done" | "failed"
  percent: number
  written_rows: number
  total_rows: number | null
  error: string | null
}

/**
 * An export's progress, asked again every second while it runs (through the portal's own route,
 * which carries the office's token), so the bar moves and survives a reload; the link when done.
 */
export function ExportProgress({ job: initial }: { job: JobView }) {
  const t = useTranslations("office.exports")
  const [job, setJob] = useState(initial)
  const running = job.status === "queued" || job.status === "running"
  useEffect(() => {
    if (!running) return
    const timer = setInterval(async () => {
      const answer = await fetch(`/office/exports/${encodeURIComponent(job.id)}/progress`, { cache: "no-store" })
      if (answer.ok) setJob(((await answer.json()) as { export_job: JobView }).export_job)
    }, 1000)
    return () => clearInterval(timer)
  }, [job.id, running])
  if (job.status === "failed") return <p className="check-no">{job.error ?? t("failed")}</p>
  // the bar stays once done (full), the file beside it
  return (
    <div className="export-progress" data-status={job.status}>
      <progress max={100} value={job.percent} aria-label={t("progress")} />
      <span aria-live="polite">
        {t("percent", { percent: job.percent, written: job.written_rows, total: job.total_rows ?? "…" })}
      </span>
      {job.status === "done" ? (
        <a className="button secondary" href={`/office/exports/${encodeURIComponent(job.id)}/download`} download>
          {t("download")}
        </a>
      ) : null}
    </div>
  )
}

/** 发起 or change the year's 预留份额 call. */
export function ShareCampaignForm({
  year,
  deadline,
  ratePercent,
}: {
  year: number
  deadline?: string
  ratePercent?: string
}) {
  const t = useTranslations("office.share")
  const [state, action] = useFormAction(saveShareCampaignAction)
  return (
    <form action={action} className="card-form" aria-label={t("call")}>
      <input type="hidden" name="year" value={year} />
      <div className="field-row">
        <Field
          form="camp"
          name="deadline"
          label={t("deadline")}
          state={state}
          type="date"
          defaultValue={deadline ?? `${year}-03-31`}
        />
        <Field
          form="camp"
          name="rate_percent"
          label={t("rate")}
          state={state}
          inputMode="decimal"
          defaultValue={ratePercent ?? "10"}
        />
      </div>
      <FormError state={state} fields={["deadline", "rate_percent", "year"]} />
      <Done state={state} />
      <SubmitButton pending={t("working")}>{deadline ? t("save") : t("call")}</SubmitButton>
    </form>
  )
}

export function RemindForm({ year }: { year: number }) {
  const t = useTranslations("office.share")
  const [state, action] = useFormAction(remindUnitsAction)
  return (
    <form action={action} className="decision-form">
      <input type="hidden" name="year" value={year} />
      <FormError state={state} fields={[]} />
      <Done state={state} />
      <SubmitButton pending={t("working")} className="button secondary">
        {t("remind")}
      </SubmitButton>
    </form>
  )
}

/** 确认 / 退回 a declaration the 主管单位 has reviewed. */
export function DeclarationDecisionForm({ declarationId }: { declarationId: string }) {
  const t = useTranslations("office.share")
  return (
    <DecisionForm
      action={decideDeclarationAction}
      fields={{ declaration_id: declarationId }}
      label={t("confirm")}
      noteLabel={t("reason")}
      accept={{ value: "approve", label: t("confirm") }}
      refuse={{ value: "return", label: t("return") }}
      working={t("working")}
    />
  )
}

export function BulletinForm({ year }: { year: number }) {
  const t = useTranslations("office.share")
  const [state, action] = useFormAction(createBulletinAction)
  return (
    <form action={action} className="card-form" aria-label={t("newBulletin")}>
      <input type="hidden" name="year" value={year} />
      <Field
        form="bul"
        name="title"
        label={t("bulletinTitle")}
        state={state}
        defaultValue={`${year}年食堂预留份额完成情况通报`}
      />
      <FormError state={state} fields={["title", "year"]} />
      <SubmitButton pending={t("working")}>{t("generate")}</SubmitButton>
    </form>
  )
}
