"use client"
import { useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { CARRIERS, CARRIER_LABELS } from "@zhunong/common/supplier-rules"
import { Field } from "@/components/Field"
import { FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { FileUploader, type Uploaded } from "@/components/portal/FileUploader"
import { pick } from "@/i18n/locales"
import { invoiceAction, shipAction } from "../../actions"

/** 发货: a carrier from the list (or another by name) and the tracking number. */
export function ShipForm({ partId }: { partId: string }) {
  const t = useTranslations("supplier.orders")
  const locale = useLocale()
  const [state, action] = useFormAction(shipAction)
  const [carrier, setCarrier] = useState(state?.values?.carrier ?? "sf")
  return (
    <form action={action} className="card-form" aria-label={t("ship")}>
      <input type="hidden" name="part_id" value={partId} />
      <Field form="ship" name="carrier" label={t("carrier")} state={state}>
        <select id="ship-carrier" name="carrier" value={carrier} onChange={(e) => setCarrier(e.target.value)}>
          {CARRIERS.map((c) => (
            <option key={c} value={c}>
              {pick(CARRIER_LABELS[c], locale)}
            </option>
          ))}
        </select>
      </Field>
      {carrier === "other" ? <Field form="ship" name="carrier_name" label={t("carrierName")} state={state} /> : null}
      <Field form="ship" name="tracking_number" label={t("tracking")} state={state} autoComplete="off" />
      <FormError state={state} fields={["carrier", "carrier_name", "tracking_number"]} />
      {state?.ok ? (
        <p role="status" className="form-ok">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pending={t("working")}>{t("ship")}</SubmitButton>
    </form>
  )
}

/** 开票: the invoice number and its PDF or photo (a private file). */
export function InvoiceForm({ partId }: { partId: string }) {
  const t = useTranslations("supplier.orders")
  const [state, action] = useFormAction(invoiceAction)
  const [file, setFile] = useState<Uploaded | null>(null)
  return (
    <form action={action} className="card-form" aria-label={t("recordInvoice")}>
      <input type="hidden" name="part_id" value={partId} />
      <Field form="inv" name="invoice_number" label={t("invoiceNumber")} state={state} autoComplete="off" />
      <input type="hidden" name="invoice_file" value={file ? JSON.stringify(file) : ""} />
      <FileUploader
        purpose="invoice"
        accept="application/pdf,image/jpeg,image/png,image/webp"
        label={file ? t("replaceInvoiceFile") : t("uploadInvoiceFile")}
        onUploaded={(files) => setFile(files[0] ?? null)}
      />
      {file ? <p className="check-ok">{t("fileReady", { name: file.name })}</p> : null}
      <FormError state={state} fields={["invoice_number"]} />
      {state?.ok ? (
        <p role="status" className="form-ok">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pending={t("working")}>{t("recordInvoice")}</SubmitButton>
    </form>
  )
}
