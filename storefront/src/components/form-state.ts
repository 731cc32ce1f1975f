/** What a server action answers a form: nothing yet, done, or a refusal naming the field it concerns. */
export type FormState = { ok?: boolean; field?: string | null; message?: string } | null
