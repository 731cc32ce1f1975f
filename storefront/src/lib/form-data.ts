import type { z } from "zod"
import type { Problem } from "./problems"

/**
 * The first refusal of a shared form schema, with the field it concerns as the form names it
 * (`variants.1.price_fen`), and the message without the field prefix the routes put on it.
 */
export function schemaProblem(error: z.ZodError): Problem {
  const issue = error.issues[0]
  const field = issue.path.length ? issue.path.join(".") : null
  return { field, message: issue.message.replace(/^[a-z_.0-9]+[:：]\s*/, "") }
}

/** An email address as the sign-in and invite forms accept it (the backend checks it again). */
export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)

export const text = (formData: FormData, key: string) => String(formData.get(key) ?? "").trim()
/** An optional text field: empty becomes null, which the schemas take as "not given". */
export const optional = (formData: FormData, key: string) => text(formData, key) || null

/** A form field holding JSON the page wrote (an uploaded file's { id, url, name }); junk reads as undefined for the schema to refuse. */
export function jsonField(value: FormDataEntryValue | null): unknown {
  try {
    return JSON.parse(String(value ?? ""))
  } catch {
    return undefined
  }
}
