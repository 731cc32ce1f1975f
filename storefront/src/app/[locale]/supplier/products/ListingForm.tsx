"use client"
import { useState } from "react"
import { useTranslations } from "next-intl"
import { Field } from "@/components/Field"
import { FieldError, FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { FileUploader } from "@/components/portal/FileUploader"
import { createListingAction, updateListingAction } from "../actions"

export interface ListingDefaults {
  id?: string
  title: string
  subtitle: string
  description: string
  images: string[]
  status: "published" | "draft"
  county_code: string
}

interface VariantRow {
  key: number
  title: string
  price: string
  stock: string
  sku: string
}

/**
 * A listing's form: text, pictures (uploaded with a preview, reordered, removed; the first is the
 * cover), origin county (only those the supplier may sell from), draft or published, and — for a
 * new listing — its variants with prices typed in 元. The same schema checks it here and in the route.
 */
export function ListingForm({
  defaults,
  counties,
}: {
  defaults: ListingDefaults
  counties: { code: string; name: string }[]
}) {
  const t = useTranslations("supplier.listing")
  const editing = !!defaults.id
  const [state, action] = useFormAction(editing ? updateListingAction : createListingAction)
  const [images, setImages] = useState<string[]>(defaults.images)
  const [rows, setRows] = useState<VariantRow[]>([{ key: 0, title: "", price: "", stock: "", sku: "" }])
  const move = (from: number, to: number) =>
    setImages((list) => {
      const next = [...list]
      const [item] = next.splice(from, 1)
      next.splice(to, 0, item)
      return next
    })
  const setRow = (key: number, patch: Partial<VariantRow>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  const fields = ["title", "subtitle", "description", "images", "status", "county_code", "variants"]
  return (
    <form action={action} className="card-form wide-form" aria-labelledby="listing-form">
      <h2 id="listing-form">{editing ? t("edit") : t("new")}</h2>
      {defaults.id ? <input type="hidden" name="product_id" value={defaults.id} /> : null}
      <Field form="lf" name="title" label={t("title")} state={state} defaultValue={defaults.title} />
      <Field
        form="lf"
        name="subtitle"
        label={t("subtitle")}
        state={state}
        defaultValue={defaults.subtitle}
        required={false}
      />
      <Field form="lf" name="description" label={t("description")} state={state}>
        <textarea
          id="lf-description"
          name="description"
          rows={5}
          defaultValue={state?.values?.description ?? defaults.description}
          aria-describedby="lf-description-error"
        />
      </Field>

      <fieldset className="pictures">
        <legend>{t("pictures")}</legend>
        <p className="muted">{t("picturesHelp")}</p>
        <ol className="picture-list">
          {images.map((url, i) => (
            <li key={url}>
              <input type="hidden" name="image" value={url} />
              {/* a plain <img>: the preview of the backend's stored picture */}
              <img src={url} alt={t("pictureAlt", { n: i + 1 })} width={96} height={96} />
              {i === 0 ? <span className="badge">{t("cover")}</span> : null}
              <div className="picture-tools">
                <button type="button" className="link-button" disabled={i === 0} onClick={() => move(i, i - 1)}>
                  {t("moveUp", { n: i + 1 })}
                </button>
                <button
                  type="button"
                  className="link-button"
                  disabled={i === images.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  {t("moveDown", { n: i + 1 })}
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => setImages((list) => list.filter((u) => u !== url))}
                >
                  {t("remove", { n: i + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <FileUploader
          purpose="picture"
          accept="image/jpeg,image/png,image/webp"
          label={t("addPictures")}
          multiple
          onUploaded={(files) => setImages((list) => [...list, ...files.map((f) => f.url)].slice(0, 20))}
        />
        <FieldError state={state} field="images" id="lf-images-error" />
      </fieldset>

      <Field form="lf" name="county_code" label={t("county")} state={state}>
        <select
          id="lf-county_code"
          name="county_code"
          defaultValue={state?.values?.county_code ?? defaults.county_code}
          aria-describedby="lf-county_code-error"
        >
          {counties.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}（{c.code}）
            </option>
          ))}
        </select>
      </Field>

      {!editing ? (
        <fieldset className="variants">
          <legend>{t("variants")}</legend>
          <p className="muted">{t("variantsHelp")}</p>
          {rows.map((row, i) => (
            <div key={row.key} className="variant-row" role="group" aria-label={t("variantN", { n: i + 1 })}>
              <div className="field">
                <label htmlFor={`vt-${row.key}`}>{t("variantTitle")}</label>
                <input
                  id={`vt-${row.key}`}
                  name="variant_title"
                  value={row.title}
                  onChange={(e) => setRow(row.key, { title: e.target.value })}
                  placeholder={t("variantTitlePlaceholder")}
                  aria-invalid={state?.field === `variants.${i}.title`}
                  required
                />
                <FieldError state={state} field={`variants.${i}.title`} id={`vt-${row.key}-error`} />
              </div>
              <div className="field">
                <label htmlFor={`vp-${row.key}`}>{t("price")}</label>
                <input
                  id={`vp-${row.key}`}
                  name="variant_price"
                  inputMode="decimal"
                  value={row.price}
                  onChange={(e) => setRow(row.key, { price: e.target.value })}
                  placeholder="39.90"
                  aria-invalid={state?.field === `variants.${i}.price_fen`}
                  required
                />
                <FieldError state={state} field={`variants.${i}.price_fen`} id={`vp-${row.key}-error`} />
              </div>
              <div className="field">
                <label htmlFor={`vs-${row.key}`}>{t("stock")}</label>
                <input
                  id={`vs-${row.key}`}
                  name="variant_stock"
                  inputMode="numeric"
                  value={row.stock}
                  onChange={(e) => setRow(row.key, { stock: e.target.value })}
                  aria-invalid={state?.field === `variants.${i}.stock`}
                  required
                />
                <FieldError state={state} field={`variants.${i}.stock`} id={`vs-${row.key}-error`} />
              </div>
              <div className="field">
                <label htmlFor={`vk-${row.key}`}>{t("sku")}</label>
                <input
                  id={`vk-${row.key}`}
                  name="variant_sku"
                  value={row.sku}
                  onChange={(e) => setRow(row.key, { sku: e.target.value })}
                />
              </div>
              {rows.length > 1 ? (
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
                >
                  {t("removeVariant", { n: i + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              setRows((list) => [
                ...list,
                { key: Math.max(...list.map((r) => r.key)) + 1, title: "", price: "", stock: "", sku: "" },
              ])
            }
          >
            {t("addVariant")}
          </button>
          <FieldError state={state} field="variants" id="lf-variants-error" />
        </fieldset>
      ) : null}

      <fieldset className="choice">
        <legend>{t("status")}</legend>
        {(["published", "draft"] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="status"
              value={s}
              defaultChecked={(state?.values?.status ?? defaults.status) === s}
            />{" "}
            {t(`statusOption.${s}`)}
          </label>
        ))}
      </fieldset>
      <FormError state={state} fields={fields} />
      {state?.ok ? (
        <p role="status" className="form-ok">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pending={t("saving")}>{editing ? t("save") : t("create")}</SubmitButton>
    </form>
  )
}
