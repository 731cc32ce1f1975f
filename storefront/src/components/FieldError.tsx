import type { FormState } from "./form-state"

/** The refusal for one field, read out by screen readers (the input points here with aria-describedby). */
export function FieldError({ state, field, id }: { state: FormState; field: string; id: string }) {
  if (!state?.message || state.field !== field) return null
  return (
    <p id={id} className="field-error" role="alert">
      {state.message}
    </p>
  )
}

/** A refusal that names no field of the form, shown above its button. */
export function FormError({ state, fields }: { state: FormState; fields: string[] }) {
  // a row's field (`variants.1.price_fen`) belongs to the form's `variants`
  const named = state?.field && (fields.includes(state.field) || fields.includes(state.field.split(".")[0]))
  if (!state?.message || state.ok || named) return null
  return (
    <p className="form-error" role="alert">
      {state.message}
    </p>
  )
}
