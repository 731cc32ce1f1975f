"use client"
import { useLocale, useTranslations } from "next-intl"
import { MEMBER_ROLE_LABELS, MEMBER_ROLES } from "@zhunong/common/purchase-rules"
import { FieldError, FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { pick } from "@/i18n/locales"
import { createInviteAction, decideAction } from "./actions"

export function DecideForm({
  unitId,
  membershipId,
  pending,
}: {
  unitId: string
  membershipId: string
  pending: boolean
}) {
  const t = useTranslations("unit")
  const [state, action] = useFormAction(decideAction)
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="unit_id" value={unitId} />
      <input type="hidden" name="membership_id" value={membershipId} />
      {pending ? (
        <button type="submit" name="action" value="approve" className="button small">
          {t("approve")}
        </button>
      ) : null}
      <button type="submit" name="action" value="remove" className="link-button">
        {pending ? t("reject") : t("remove")}
      </button>
      <FormError state={state} fields={[]} />
    </form>
  )
}

export function InviteForm({ unitId }: { unitId: string }) {
  const t = useTranslations("unit")
  const locale = useLocale()
  const [state, action] = useFormAction(createInviteAction)
  return (
    <form action={action} className="card-form">
      <h3>{t("newInvite")}</h3>
      <input type="hidden" name="unit_id" value={unitId} />
      <label htmlFor="invite-role">{t("role")}</label>
      <select id="invite-role" name="role" defaultValue="member">
        {MEMBER_ROLES.map((r) => (
          <option key={r} value={r}>
            {pick(MEMBER_ROLE_LABELS[r], locale)}
          </option>
        ))}
      </select>
      <label htmlFor="invite-days">{t("validDays")}</label>
      <input
        id="invite-days"
        name="expires_in_days"
        type="number"
        min={1}
        max={90}
        defaultValue={14}
        aria-describedby="invite-days-error"
      />
      <FieldError state={state} field="expires_in_days" id="invite-days-error" />
      <label className="checkbox">
        <input type="checkbox" name="auto_approve" /> {t("autoApprove")}
      </label>
      <FormError state={state} fields={["expires_in_days"]} />
      <SubmitButton pending={t("working")}>{t("createInvite")}</SubmitButton>
    </form>
  )
}
