"use client"
import { useFormStatus } from "react-dom"
import type { ReactNode } from "react"

/** A submit button that says it is working and cannot be pressed twice. */
export function SubmitButton({
  children,
  pending,
  className,
}: {
  children: ReactNode
  pending: string
  className?: string
}) {
  const status = useFormStatus()
  return (
    <button type="submit" className={className ?? "button"} disabled={status.pending} aria-busy={status.pending}>
      {status.pending ? pending : children}
    </button>
  )
}
