"use client"
import { useFormStatus } from "react-dom"
import type { ReactNode } from "react"

/**
 * A submit button that says it is working and cannot be pressed twice. `name`/`value` tell the
 * action which of a form's buttons was pressed (核实 or 退回).
 */
export function SubmitButton({
  children,
  pending,
  className,
  name,
  value,
}: {
  children: ReactNode
  pending: string
  className?: string
  name?: string
  value?: string
}) {
  const status = useFormStatus()
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={className ?? "button"}
      disabled={status.pending}
      aria-busy={status.pending}
    >
      {status.pending ? pending : children}
    </button>
  )
}
