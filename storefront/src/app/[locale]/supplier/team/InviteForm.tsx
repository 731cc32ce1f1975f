"use client"
import { useTranslations } from "next-intl"
import { Field } from "@/components/Field"
import { FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { inviteAction } from "../actions"

/** The owner invites a person; the one-time code (and a link carrying it) is shown once, to pass on. */
export function InviteForm() {
  const t = useTranslations("supplier.team")
  const [state, action] = useFormAction(inviteAction)
  // a whole address, to paste into a chat message; the code only reaches here after the form ran in this browser
  const link =
    state?.ok && state.message && typeof window !== "undefined"
      ? `${window.location.origin}/supplier/join?code=${encodeURIComponent(state.message)}`
      : null
  return (
    <form action={action} className="card-form" aria-labelledby="invite">
      <h2 id="invite">{t("invite")}</h2>
      <Field form="inv" name="name" label={t("name")} state={state} />
      <Field form="inv" name="email" label={t("email")} type="email" state={state} />
      <FormError state={state} fields={["name", "email"]} />
      {link ? (
        <div role="status" className="form-ok">
          <p>{t("code", { code: state?.message ?? "" })}</p>
          <p>
            {t("link")} <a href={link}>{link}</a>
          </p>
        </div>
      ) : null}
      <SubmitButton pending={t("working")}>{t("send")}</SubmitButton>
    </form>
  )
}
