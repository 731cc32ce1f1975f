"use client"
import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { FieldError } from "./FieldError"
import type { FormState } from "./form-state"

const FIELDS = [
  { name: "last_name", autoComplete: "family-name" },
  { name: "first_name", autoComplete: "given-name" },
  { name: "phone", autoComplete: "tel", type: "tel", inputMode: "tel" },
  { name: "province", autoComplete: "address-level1" },
  { name: "city", autoComplete: "address-level2" },
  { name: "address_1", autoComplete: "street-address" },
  { name: "postal_code", autoComplete: "postal-code", inputMode: "numeric" },
] as const

/** The delivery address inputs, each with its label and its own error. */
export function AddressFields({
  state,
  initial,
}: {
  state: FormState
  initial?: Partial<HttpTypes.StoreCustomerAddress> | null
}) {
  const t = useTranslations("address")
  return (
    <div className="address-fields">
      {FIELDS.map((f) => (
        <div key={f.name} className="field">
          <label htmlFor={`address-${f.name}`}>{t(f.name)}</label>
          <input
            id={`address-${f.name}`}
            name={f.name}
            type={"type" in f ? f.type : "text"}
            inputMode={"inputMode" in f ? f.inputMode : undefined}
            autoComplete={f.autoComplete}
            required={f.name !== "postal_code"}
            defaultValue={state?.values?.[f.name] ?? (initial?.[f.name] as string | null | undefined) ?? ""}
            aria-invalid={state?.field === f.name}
            aria-describedby={`address-${f.name}-error`}
          />
          <FieldError state={state} field={f.name} id={`address-${f.name}-error`} />
        </div>
      ))}
    </div>
  )
}
