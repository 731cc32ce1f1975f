"use client"
import type { ReactNode } from "react"
import { FieldError } from "./FieldError"
import type { FormState } from "./form-state"

/**
 * A labelled input that shows again what was typed into a refused form and the refusal naming it.
 * `children` replaces the input (a select, a textarea) and gets the same id.
 */
export function Field({
  form,
  name,
  label,
  state,
  type = "text",
  autoComplete,
  defaultValue,
  required = true,
  hint,
  inputMode,
  children,
}: {
  form: string
  name: string
  label: string
  state: FormState
  type?: string
  autoComplete?: string
  defaultValue?: string
  required?: boolean
  hint?: ReactNode
  inputMode?: "text" | "decimal" | "numeric" | "tel" | "email"
  children?: ReactNode
}) {
  const id = `${form}-${name}`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children ?? (
        <input
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          defaultValue={state?.values?.[name] ?? defaultValue}
          required={required}
          aria-invalid={state?.field === name}
          aria-describedby={`${id}-error`}
        />
      )}
      {hint ? <p className="muted field-hint">{hint}</p> : null}
      <FieldError state={state} field={name} id={`${id}-error`} />
    </div>
  )
}
