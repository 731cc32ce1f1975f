"use client"
import { useEffect, useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { ENTITY_TYPES, ENTITY_TYPE_LABELS } from "@zhunong/common/supplier-rules"
import { usccProblem } from "@zhunong/common/uscc"
import { EmailSignInForm } from "@/components/EmailSignInForm"
import { Field } from "@/components/Field"
import { FieldError, FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { pick } from "@/i18n/locales"
import type { CountyChoice } from "@/lib/data/supplier"
import {
  claimAction,
  registerAction,
  searchCountiesAction,
  supplierSignInAction,
  supplierSignUpAction,
} from "./actions"

export function SupplierSignInForm({ next }: { next: string }) {
  return <EmailSignInForm id="ssi" namespace="supplier.login" signIn={supplierSignInAction} next={next} />
}

export function SupplierSignUpForm({ code }: { code?: string }) {
  const t = useTranslations("supplier.login")
  const [state, action] = useFormAction(supplierSignUpAction)
  return (
    <form action={action} className="card-form" aria-labelledby="supplier-sign-up">
      <h2 id="supplier-sign-up">{t("signUp")}</h2>
      <p className="muted">{code ? t("signUpInvited") : t("signUpHelp")}</p>
      {code ? <input type="hidden" name="code" value={code} /> : null}
      <Field form="ssu" name="email" label={t("email")} type="email" autoComplete="email" state={state} />
      <Field
        form="ssu"
        name="password"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        state={state}
      />
      <FormError state={state} fields={["email", "password"]} />
      <SubmitButton pending={t("working")}>{t("signUp")}</SubmitButton>
    </form>
  )
}

/** 统一社会信用代码, checked as it is typed: the length, a character outside the alphabet, the check character. */
function UsccField({ state }: { state: ReturnType<typeof useFormAction>[0] }) {
  const t = useTranslations("supplier.register")
  const [value, setValue] = useState(state?.values?.uscc ?? "")
  const code = value.trim().toUpperCase()
  const problem = code ? usccProblem(code) : null
  const id = "reg-uscc"
  return (
    <div className="field">
      <label htmlFor={id}>{t("uscc")}</label>
      <input
        id={id}
        name="uscc"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={18}
        required
        aria-invalid={!!problem || state?.field === "uscc"}
        aria-describedby={`${id}-check ${id}-error`}
      />
      <p
        id={`${id}-check`}
        className={problem ? "check-no" : code.length === 18 ? "check-ok" : "muted"}
        aria-live="polite"
      >
        {problem ? t("usccProblem", { problem }) : code.length === 18 ? t("usccOk") : t("usccHint")}
      </p>
      <FieldError state={state} field="uscc" id={`${id}-error`} />
    </div>
  )
}

/**
 * The registered county, picked by name or code; the verdict (eligible or why not) shows before
 * the form is sent, from the same rule the registration applies.
 */
function CountyPicker({ state }: { state: ReturnType<typeof useFormAction>[0] }) {
  const t = useTranslations("supplier.register")
  const [query, setQuery] = useState("")
  const [choices, setChoices] = useState<CountyChoice[]>([])
  const [picked, setPicked] = useState<CountyChoice | null>(null)
  const [searching, startSearch] = useTransition()
  useEffect(() => {
    const q = query.trim()
    if (!q || picked) return
    const timer = setTimeout(() => startSearch(async () => setChoices(await searchCountiesAction(q))), 250)
    return () => clearTimeout(timer)
  }, [query, picked])
  const id = "reg-county"
  return (
    <div className="field">
      <label htmlFor={id}>{t("county")}</label>
      <input type="hidden" name="county_code" value={picked?.code ?? ""} />
      <input
        id={id}
        value={picked ? `${picked.name}（${picked.code}）` : query}
        onChange={(e) => {
          setPicked(null)
          setQuery(e.target.value)
        }}
        placeholder={t("countyPlaceholder")}
        autoComplete="off"
        role="combobox"
        aria-expanded={!picked && choices.length > 0}
        aria-controls={`${id}-list`}
        aria-invalid={state?.field === "county_code"}
        aria-describedby={`${id}-verdict ${id}-error`}
      />
      {!picked && query.trim() ? (
        <ul id={`${id}-list`} role="listbox" className="choices" aria-busy={searching}>
          {choices.map((c) => (
            <li key={c.code} role="option" aria-selected={false}>
              <button type="button" className="choice-button" onClick={() => setPicked(c)}>
                <strong>{c.name}</strong> {c.code}
                <span className="muted">
                  {" "}
                  {[c.province_name, c.prefecture_name].filter(Boolean).join(" ")}
                  {c.is_poverty_exit ? ` · ${t("povertyExit")}` : ""}
                </span>
              </button>
            </li>
          ))}
          {!searching && !choices.length ? <li className="muted">{t("noCounty")}</li> : null}
        </ul>
      ) : null}
      <p
        id={`${id}-verdict`}
        aria-live="polite"
        className={picked ? (picked.eligible ? "check-ok" : "check-no") : "muted"}
      >
        {picked
          ? picked.eligible
            ? t("eligible")
            : t("ineligible", { reason: picked.reason ?? "" })
          : t("countyHint")}
      </p>
      <FieldError state={state} field="county_code" id={`${id}-error`} />
    </div>
  )
}

export function RegistrationForm() {
  const t = useTranslations("supplier.register")
  const locale = useLocale()
  const [state, action] = useFormAction(registerAction)
  const fields = ["name", "uscc", "entity_type", "county_code", "contact_name", "contact_phone", "address", "user_name"]
  return (
    <form action={action} className="card-form wide-form" aria-labelledby="registration">
      <h2 id="registration">{t("title")}</h2>
      <Field form="reg" name="name" label={t("name")} state={state} autoComplete="organization" />
      <UsccField state={state} />
      <Field form="reg" name="entity_type" label={t("entityType")} state={state}>
        <select
          id="reg-entity_type"
          name="entity_type"
          defaultValue={state?.values?.entity_type ?? "cooperative"}
          aria-describedby="reg-entity_type-error"
        >
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {pick(ENTITY_TYPE_LABELS[type], locale)}
            </option>
          ))}
        </select>
      </Field>
      <CountyPicker state={state} />
      <Field form="reg" name="contact_name" label={t("contactName")} state={state} autoComplete="name" />
      <Field
        form="reg"
        name="contact_phone"
        label={t("contactPhone")}
        type="tel"
        inputMode="tel"
        state={state}
        autoComplete="tel"
      />
      <Field
        form="reg"
        name="address"
        label={t("address")}
        state={state}
        required={false}
        autoComplete="street-address"
      />
      <Field form="reg" name="user_name" label={t("userName")} state={state} autoComplete="name" />
      <FormError state={state} fields={fields} />
      <SubmitButton pending={t("working")}>{t("submit")}</SubmitButton>
    </form>
  )
}

export function ClaimForm({ code }: { code?: string }) {
  const t = useTranslations("supplier.join")
  const [state, action] = useFormAction(claimAction)
  return (
    <form action={action} className="card-form" aria-labelledby="claim">
      <h2 id="claim">{t("title")}</h2>
      <Field form="claim" name="code" label={t("code")} state={state} defaultValue={code} />
      <FormError state={state} fields={["code"]} />
      <SubmitButton pending={t("working")}>{t("submit")}</SubmitButton>
    </form>
  )
}
