"use client"
import { useTranslations } from "next-intl"
import { FieldError, FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { acceptAction, rateAction } from "./actions"

export function AcceptForm({ orderId, partId }: { orderId: string; partId: string }) {
  const t = useTranslations("order")
  const [state, action] = useFormAction(acceptAction)
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="part_id" value={partId} />
      <SubmitButton pending={t("working")}>{t("accept")}</SubmitButton>
      <FormError state={state} fields={[]} />
    </form>
  )
}

export function RateForm({ orderId, partId }: { orderId: string; partId: string }) {
  const t = useTranslations("order")
  const [state, action] = useFormAction(rateAction)
  const prefix = `rate-${partId}`
  return (
    <form action={action} className="card-form rate-form">
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="part_id" value={partId} />
      <fieldset aria-describedby={`${prefix}-rating-error`}>
        <legend>{t("rating")}</legend>
        {[5, 4, 3, 2, 1].map((stars) => (
          <label key={stars} className="star">
            <input type="radio" name="rating" value={stars} required defaultChecked={stars === 5} />
            {t("stars", { count: stars })}
          </label>
        ))}
      </fieldset>
      <FieldError state={state} field="rating" id={`${prefix}-rating-error`} />
      <label htmlFor={`${prefix}-comment`}>{t("comment")}</label>
      <textarea
        id={`${prefix}-comment`}
        name="comment"
        defaultValue={state?.values?.comment}
        maxLength={500}
        rows={3}
        aria-describedby={`${prefix}-comment-error`}
      />
      <FieldError state={state} field="comment" id={`${prefix}-comment-error`} />
      <FormError state={state} fields={["rating", "comment"]} />
      <SubmitButton pending={t("working")}>{t("rate")}</SubmitButton>
    </form>
  )
}
