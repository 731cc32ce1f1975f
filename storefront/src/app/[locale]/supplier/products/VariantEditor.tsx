"use client"
import { useTranslations } from "next-intl"
import { FieldError, FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { updateVariantAction } from "../actions"

/** One variant's price (元) and stock, edited in place in the listings table. */
export function VariantEditor({
  productId,
  variant,
}: {
  productId: string
  variant: { id: string; title: string; price: string; stock: number; reserved: number }
}) {
  const t = useTranslations("supplier.products")
  const [state, action] = useFormAction(updateVariantAction)
  const id = `v-${variant.id}`
  return (
    <form action={action} className="variant-editor" aria-label={t("editVariant", { title: variant.title })}>
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variant.id} />
      <span className="variant-name">{variant.title}</span>
      <label htmlFor={`${id}-price`} className="visually-hidden">
        {t("priceOf", { title: variant.title })}
      </label>
      <span className="yuan">
        ¥
        <input
          id={`${id}-price`}
          name="price"
          inputMode="decimal"
          defaultValue={state?.values?.price ?? variant.price}
          aria-invalid={state?.field === "price"}
          aria-describedby={`${id}-price-error`}
          size={7}
        />
      </span>
      <label htmlFor={`${id}-stock`} className="visually-hidden">
        {t("stockOf", { title: variant.title })}
      </label>
      <input
        id={`${id}-stock`}
        name="stock"
        inputMode="numeric"
        defaultValue={state?.values?.stock ?? String(variant.stock)}
        aria-invalid={state?.field === "stock"}
        aria-describedby={`${id}-stock-error`}
        size={5}
      />
      <SubmitButton pending={t("saving")} className="button small">
        {t("save")}
      </SubmitButton>
      {variant.reserved ? <span className="muted">{t("reserved", { count: variant.reserved })}</span> : null}
      {state?.ok ? (
        <span role="status" className="form-ok">
          {state.message}
        </span>
      ) : null}
      <FieldError state={state} field="price" id={`${id}-price-error`} />
      <FieldError state={state} field="stock" id={`${id}-stock-error`} />
      <FormError state={state} fields={["price", "stock"]} />
    </form>
  )
}
