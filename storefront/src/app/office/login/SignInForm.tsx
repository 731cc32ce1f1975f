"use client"
import { useTranslations } from "next-intl"
import { Field } from "@/components/Field"
import { FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { officeSignInAction } from "../actions"

export function OfficeSignInForm({ next }: { next: string }) {
  const t = useTranslations("office.login")
  const [state, action] = useFormAction(officeSignInAction)
  return (
    <form action={action} className="card-form" aria-labelledby="office-sign-in">
      <h2 id="office-sign-in">{t("signIn")}</h2>
      <input type="hidden" name="next" value={next} />
      <Field form="osi" name="email" label={t("email")} type="email" autoComplete="email" state={state} />
      <Field
        form="osi"
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
