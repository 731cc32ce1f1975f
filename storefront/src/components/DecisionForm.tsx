"use client"
import { Field } from "./Field"
import { FormError } from "./FieldError"
import type { FormState } from "./form-state"
import { SubmitButton } from "./SubmitButton"
import { useFormAction } from "./use-form-action"

/**
 * A yes-or-no decision on one thing with an optional note (required by the action to refuse):
 * 核实 / 退回 an off-platform entry, 审核 or 确认 / 退回 a declaration. The pressed button names
 * the `action`; `fields` carry which thing it is.
 */
export function DecisionForm({
  action: submit,
  fields,
  label,
  noteLabel,
  accept,
  refuse,
  working,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  fields: Record<string, string>
  label: string
  noteLabel: string
  accept: { value: string; label: string }
  refuse: { value: string; label: string }
  working: string
}) {
  const [state, action] = useFormAction(submit)
  const form = `decide-${Object.values(fields).join("-")}`
  return (
    <form action={action} className="decision-form" aria-label={label}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field form={form} name="reason" label={noteLabel} state={state} required={false} />
      <FormError state={state} fields={["reason", "action"]} />
      {state?.ok ? (
        <p role="status" className="form-ok">
          {state.message}
        </p>
      ) : null}
      <div className="actions">
        <SubmitButton name="action" value={accept.value} pending={working}>
          {accept.label}
        </SubmitButton>
        <SubmitButton name="action" value={refuse.value} pending={working} className="button secondary">
          {refuse.label}
        </SubmitButton>
      </div>
    </form>
  )
}
