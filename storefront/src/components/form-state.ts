/**
 * What a server action answers a form: nothing yet, done, or a refusal naming the field it concerns.
 * `values` holds what the shopper typed, for the form to show again.
 */
export type FormState = {
  ok?: boolean
  field?: string | null
  message?: string
  values?: Record<string, string>
} | null
