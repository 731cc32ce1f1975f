"use client"
import { useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { DECLARATION_KINDS, DECLARATION_KIND_LABELS, type DeclarationKind } from "@zhunong/common/office-forms"
import { DecisionForm } from "@/components/DecisionForm"
import { Field } from "@/components/Field"
import { FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { formatYuan, parseYuan } from "@zhunong/common/money"
import { shareOf } from "@zhunong/common/progress"
import { pick } from "@/i18n/locales"
import { declareShareAction, reviewDeclarationAction } from "./actions"

/**
 * 预留份额申报 for the unit's admin: its canteen and the reserved share (the minimum shown as the
 * total is typed), or an exemption with what it needs; a change after confirmation asks its reason.
 */
export function DeclareShareForm({
  unitId,
  rateBp,
  current,
  confirmed,
  representatives,
}: {
  unitId: string
  rateBp: number
  current: {
    kind: DeclarationKind
    canteen_total_yuan: string
    reserved_yuan: string
    representative_unit_id: string
    contractor_name: string
  } | null
  confirmed: boolean
  representatives: { id: string; name: string }[]
}) {
  const t = useTranslations("unit.share")
  const locale = useLocale()
  const [state, action] = useFormAction(declareShareAction)
  const [kind, setKind] = useState<string>(state?.values?.kind ?? current?.kind ?? "canteen")
  const [total, setTotal] = useState(state?.values?.canteen_total_yuan ?? current?.canteen_total_yuan ?? "")
  const own = kind === "canteen" || kind === "outsourced"
  // the minimum as the backend computes it, in whole fen
  const totalFen = parseYuan(total.replace(/[,，\s]/g, ""))
  const minimum = totalFen ? shareOf(totalFen, rateBp) : null
  return (
    <form action={action} className="card-form" aria-labelledby="declare-share">
      <h3 id="declare-share">{current ? t("change") : t("declare")}</h3>
      <input type="hidden" name="unit_id" value={unitId} />
      <fieldset className="choices-inline">
        <legend>{t("kind")}</legend>
        {DECLARATION_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{" "}
            {pick(DECLARATION_KIND_LABELS[k], locale)}
          </label>
        ))}
      </fieldset>
      {own ? (
        <>
          <div className="field">
            <label htmlFor="share-canteen_total_yuan">{t("total")}</label>
            <input
              id="share-canteen_total_yuan"
              name="canteen_total_yuan"
              inputMode="decimal"
              value={total}
              onChange={(e) => setTotal(e.target.value)}
              required
              aria-invalid={state?.field === "canteen_total_yuan"}
            />
          </div>
          <Field
            form="share"
            name="reserved_yuan"
            label={t("reserved")}
            state={state}
            inputMode="decimal"
            defaultValue={current?.reserved_yuan}
            hint={minimum !== null ? t("minimum", { percent: rateBp / 100, amount: formatYuan(minimum) }) : undefined}
          />
        </>
      ) : null}
      {kind === "outsourced" ? (
        <Field
          form="share"
          name="contractor_name"
          label={t("contractor")}
          state={state}
          defaultValue={current?.contractor_name}
        />
      ) : null}
      {kind === "shared_canteen" ? (
        <Field form="share" name="representative_unit_id" label={t("representative")} state={state}>
          <select
            id="share-representative_unit_id"
            name="representative_unit_id"
            defaultValue={state?.values?.representative_unit_id ?? current?.representative_unit_id ?? ""}
            required
          >
            <option value="">{t("choose")}</option>
            {representatives.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {confirmed ? <Field form="share" name="reason" label={t("reason")} state={state} /> : null}
      <FormError
        state={state}
        fields={["kind", "canteen_total_yuan", "reserved_yuan", "contractor_name", "representative_unit_id", "reason"]}
      />
      {state?.ok ? (
        <p role="status" className="form-ok">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pending={t("working")}>{t("submit")}</SubmitButton>
    </form>
  )
}

/** 主管单位审核 of one subordinate's declaration. */
export function ReviewDeclarationForm({ unitId, declarationId }: { unitId: string; declarationId: string }) {
  const t = useTranslations("unit.share")
  return (
    <DecisionForm
      action={reviewDeclarationAction}
      fields={{ unit_id: unitId, declaration_id: declarationId }}
      label={t("review")}
      noteLabel={t("reviewNote")}
      accept={{ value: "approve", label: t("approve") }}
      refuse={{ value: "return", label: t("return") }}
      working={t("working")}
    />
  )
}
