"use client"
import { useTranslations } from "next-intl"
import { Field } from "./Field"
import { FormError } from "./FieldError"
import { SubmitButton } from "./SubmitButton"
import type { FormState } from "./form-state"
import { useFormAction } from "./use-form-action"

/**
 * The email-and-password sign-in every part uses (shop, supplier portal, office portal): each passes
 * its own server action, which signs in as its own Medusa actor, and the messages namespace holding
 * its `signIn`, `email`, `password` and `working` wording.
 */
export function EmailSignInForm({
  id,
  namespace,
  signIn,
  next,
}: {
  id: string
  namespace: "account" | "supplier.login" | "office.login"
  signIn: (state: FormState, formData: FormData) => Promise<FormState>
  next: string
}) {
  const t = useTranslations(namespace)
  const [state, action] = useFormAction(signIn)
  return (
    <form action={action} className="card-form" aria-labelledby={id}>
      <h2 id={id}>{t("signIn")}</h2>
      <input type="hidden" name="next" value={next} />
      <Field form={id} name="email" label={t("email")} type="email" autoComplete="email" state={state} />
      <Field
        form={id}
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        state={state}
      />
      <FormError state={state} fields={["email", "password"]} />
      <SubmitButton pending={t("working")}>{t("signIn")}</SubmitButton>
    </form>
  )
}
