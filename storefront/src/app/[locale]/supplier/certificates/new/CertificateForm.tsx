"use client"
import { useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { CERTIFICATE_TYPES, ISSUER_LEVELS, ISSUER_LEVEL_LABELS } from "@zhunong/common/certificate-rules"
import { Field } from "@/components/Field"
import { FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { FileUploader, type Uploaded } from "@/components/portal/FileUploader"
import { certificateType } from "@/lib/provenance"
import { applyCertificateAction } from "../../actions"

/** A certificate application: what was issued, by whom, for how long, with the evidence files (private). */
export function CertificateForm({ productId }: { productId: string }) {
  const t = useTranslations("supplier.certificates")
  const locale = useLocale()
  const [state, action] = useFormAction(applyCertificateAction)
  const [evidence, setEvidence] = useState<Uploaded[]>([])
  const fields = [
    "type",
    "number",
    "batch",
    "issuer",
    "issuer_level",
    "valid_from",
    "valid_to",
    "beneficiaries",
    "poverty_mechanism",
    "evidence",
  ]
  return (
    <form action={action} className="card-form wide-form" aria-label={t("apply")}>
      <input type="hidden" name="product_id" value={productId} />
      <Field form="cert" name="type" label={t("type")} state={state}>
        <select id="cert-type" name="type" defaultValue={state?.values?.type ?? "assistance_product"}>
          {CERTIFICATE_TYPES.map((type) => (
            <option key={type} value={type}>
              {certificateType(type, locale)}
            </option>
          ))}
        </select>
      </Field>
      <Field form="cert" name="number" label={t("number")} state={state} />
      <Field form="cert" name="batch" label={t("batch")} state={state} required={false} />
      <Field form="cert" name="issuer" label={t("issuer")} state={state} />
      <Field form="cert" name="issuer_level" label={t("issuerLevel")} state={state}>
        <select id="cert-issuer_level" name="issuer_level" defaultValue={state?.values?.issuer_level ?? "county"}>
          {ISSUER_LEVELS.map((level) => (
            <option key={level} value={level}>
              {ISSUER_LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
      </Field>
      <Field form="cert" name="valid_from" label={t("validFrom")} type="date" state={state} />
      <Field form="cert" name="valid_to" label={t("validTo")} type="date" state={state} />
      <Field
        form="cert"
        name="beneficiaries"
        label={t("beneficiaries")}
        type="number"
        inputMode="numeric"
        state={state}
        required={false}
      />
      <Field form="cert" name="poverty_mechanism" label={t("mechanism")} state={state} required={false} />
      <fieldset>
        <legend>{t("evidence")}</legend>
        <p className="muted">{t("evidenceHelp")}</p>
        <ul className="plain-list">
          {evidence.map((file) => (
            <li key={file.id}>
              <input type="hidden" name="evidence" value={JSON.stringify(file)} />
              {file.name}{" "}
              <button
                type="button"
                className="link-button danger"
                onClick={() => setEvidence((l) => l.filter((f) => f.id !== file.id))}
              >
                {t("removeFile", { name: file.name })}
              </button>
            </li>
          ))}
        </ul>
        <FileUploader
          purpose="evidence"
          accept="application/pdf,image/jpeg,image/png,image/webp"
          label={t("addEvidence")}
          multiple
          onUploaded={(files) => setEvidence((list) => [...list, ...files])}
        />
      </fieldset>
      <FormError state={state} fields={fields} />
      <SubmitButton pending={t("working")}>{t("submit")}</SubmitButton>
    </form>
  )
}
