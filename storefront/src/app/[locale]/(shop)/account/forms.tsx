"use client"
import { useTranslations } from "next-intl"
import { AddressFields } from "@/components/AddressFields"
import { EmailSignInForm } from "@/components/EmailSignInForm"
import { Field } from "@/components/Field"
import { FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { addAddressAction, joinAction, signInAction, signUpAction } from "./actions"

export function SignInForm({ next }: { next: string }) {
  return <EmailSignInForm id="sign-in" namespace="account" signIn={signInAction} next={next} />
}

export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations("account")
  const [state, action] = useFormAction(signUpAction)
  return (
    <form action={action} className="card-form" aria-labelledby="sign-up">
      <h2 id="sign-up">{t("signUp")}</h2>
      <input type="hidden" name="next" value={next} />
      <Field form="sign-up" name="last_name" label={t("lastName")} autoComplete="family-name" state={state} />
      <Field form="sign-up" name="first_name" label={t("firstName")} autoComplete="given-name" state={state} />
      <Field form="sign-up" name="email" label={t("email")} type="email" autoComplete="email" state={state} />
      <Field
        form="sign-up"
        name="phone"
        label={t("phone")}
        type="tel"
        autoComplete="tel"
        required={false}
        state={state}
      />
      <Field
        form="sign-up"
        name="password"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        state={state}
      />
      <FormError state={state} fields={["email", "password", "last_name", "first_name", "phone"]} />
      <SubmitButton pending={t("working")}>{t("signUp")}</SubmitButton>
    </form>
  )
}

export function JoinForm({ code }: { code?: string }) {
  const t = useTranslations("account")
  const [state, action] = useFormAction(joinAction)
  return (
    <form action={action} className="card-form" aria-labelledby="join">
      <h3 id="join">{t("joinTitle")}</h3>
      <p className="muted">{t("joinHelp")}</p>
      <Field form="join" name="code" label={t("inviteCode")} state={state} defaultValue={code} />
      <FormError state={state} fields={["code"]} />
      {state?.ok ? (
        <p role="status" className="form-ok">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pending={t("working")}>{t("join")}</SubmitButton>
    </form>
  )
}

export function AddressForm() {
  const t = useTranslations("account")
  const [state, action] = useFormAction(addAddressAction)
  return (
    <form action={action} className="card-form" aria-labelledby="new-address">
      <h2 id="new-address">{t("newAddress")}</h2>
      <AddressFields state={state} />
      <FormError
        state={state}
        fields={["last_name", "first_name", "phone", "province", "city", "address_1", "postal_code"]}
      />
      {state?.ok ? (
        <p role="status" className="form-ok">
          {t("addressSaved")}
        </p>
      ) : null}
      <SubmitButton pending={t("working")}>{t("saveAddress")}</SubmitButton>
    </form>
  )
}
