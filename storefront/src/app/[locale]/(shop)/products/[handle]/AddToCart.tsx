"use client"
import Link from "next/link"
import { useState } from "react"
import { useTranslations } from "next-intl"
import { FieldError, FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { formatCny } from "@/lib/format"
import { addToCartAction } from "./actions"

export interface VariantChoice {
  id: string
  title: string
  price: number | null
  /** null when stock is not tracked. */
  stock: number | null
}

export function AddToCart({ variants }: { variants: VariantChoice[] }) {
  const t = useTranslations("product")
  const [state, action] = useFormAction(addToCartAction)
  const firstInStock = variants.find((v) => v.stock === null || v.stock > 0)
  const [chosen, setChosen] = useState(firstInStock?.id ?? "")
  const variant = variants.find((v) => v.id === chosen)

  return (
    <form action={action} className="add-to-cart">
      <fieldset>
        <legend>{t("variant")}</legend>
        {variants.map((v) => {
          const soldOut = v.stock !== null && v.stock <= 0
          return (
            <label key={v.id} className={`variant${soldOut ? " sold-out" : ""}`}>
              <input
                type="radio"
                name="variant_id"
                value={v.id}
                checked={chosen === v.id}
                disabled={soldOut}
                onChange={() => setChosen(v.id)}
              />
              <span>{v.title}</span>
              {v.price !== null ? <span className="price">{formatCny(v.price)}</span> : null}
              <span className="stock">
                {soldOut ? t("soldOut") : v.stock === null ? t("inStock") : t("stock", { count: v.stock })}
              </span>
            </label>
          )
        })}
      </fieldset>
      <FieldError state={state} field="variant_id" id="variant-error" />
      <label>
        {t("quantity")}
        <input
          type="number"
          name="quantity"
          min={1}
          max={variant?.stock ?? 999}
          defaultValue={1}
          required
          aria-describedby="quantity-error"
          aria-invalid={state?.field === "quantity"}
        />
      </label>
      <FieldError state={state} field="quantity" id="quantity-error" />
      <FormError state={state} fields={["variant_id", "quantity"]} />
      {state?.ok ? (
        <p role="status" className="form-ok">
          {t("added")} <Link href="/cart">{t("goToCart")}</Link>
        </p>
      ) : null}
      <SubmitButton pending={t("adding")}>{t("addToCart")}</SubmitButton>
    </form>
  )
}
