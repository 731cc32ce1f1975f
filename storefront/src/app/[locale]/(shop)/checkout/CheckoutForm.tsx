"use client"
import type { HttpTypes } from "@medusajs/types"
import { useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { PAYMENT_KIND_LABELS, paymentKindOf } from "@zhunong/common/payment-rules"
import { CHANNEL_LABELS, FUNDING_LABELS } from "@zhunong/common/purchase-rules"
import { AddressFields } from "@/components/AddressFields"
import { FieldError, FormError } from "@/components/FieldError"
import { SubmitButton } from "@/components/SubmitButton"
import { useFormAction } from "@/components/use-form-action"
import { pick } from "@/i18n/locales"
import { formatCny, formatFen } from "@/lib/format"
import { placeOrderAction } from "./actions"
import { ADDRESS_FIELDS } from "@/lib/address"

export interface IntentChoice {
  value: string
  unitId: string
  unitName: string
  channel: keyof typeof CHANNEL_LABELS
  funding: keyof typeof FUNDING_LABELS
}

interface Props {
  address: Partial<HttpTypes.StoreCustomerAddress> | null
  shippingOptions: { id: string; name: string; amount: number }[]
  intents: IntentChoice[]
  /** Remaining union welfare allowance by unit, where the shopper may spend union funds. */
  unionRemaining: Record<string, number | null>
  itemTotal: number
  /** Provider ids the region offers for personal money (unit money is paid by 对公转账). */
  personalProviders: string[]
}

export function CheckoutForm({
  address,
  shippingOptions,
  intents,
  unionRemaining,
  itemTotal,
  personalProviders,
}: Props) {
  const t = useTranslations("checkout")
  const locale = useLocale()
  const [state, action] = useFormAction(placeOrderAction)
  const [intent, setIntent] = useState(intents[0]?.value ?? "")
  const [shipping, setShipping] = useState(shippingOptions[0]?.id ?? "")
  const chosen = intents.find((i) => i.value === intent)
  const shippingAmount = shippingOptions.find((o) => o.id === shipping)?.amount ?? 0
  const remaining = chosen?.funding === "union" ? unionRemaining[chosen.unitId] : undefined
  const onInvoice = !!chosen && chosen.funding !== "personal"
  const [provider, setProvider] = useState(personalProviders[0] ?? "")

  return (
    <form action={action} className="checkout">
      <section aria-labelledby="step-address">
        <h2 id="step-address">{t("address")}</h2>
        <AddressFields state={state} initial={address} />
      </section>

      <section aria-labelledby="step-shipping">
        <h2 id="step-shipping">{t("shipping")}</h2>
        <fieldset aria-describedby="shipping-error">
          <legend className="visually-hidden">{t("shipping")}</legend>
          {shippingOptions.map((o) => (
            <label key={o.id} className="choice">
              <input
                type="radio"
                name="shipping_option_id"
                value={o.id}
                checked={shipping === o.id}
                onChange={() => setShipping(o.id)}
              />
              {o.name} · {formatCny(o.amount)}
            </label>
          ))}
        </fieldset>
        <FieldError state={state} field="shipping_option_id" id="shipping-error" />
      </section>

      <section aria-labelledby="step-intent">
        <h2 id="step-intent">{t("intent")}</h2>
        {intents.length === 0 ? (
          <p>{t("noUnit")}</p>
        ) : (
          <>
            <label htmlFor="intent">{t("intentLabel")}</label>
            <select
              id="intent"
              name="intent"
              value={intent}
              onChange={(e) => setIntent(e.target.value)}
              aria-invalid={state?.field === "intent"}
              aria-describedby="intent-error intent-help"
            >
              {intents.map((i) => (
                <option key={i.value} value={i.value}>
                  {i.unitName} · {pick(CHANNEL_LABELS[i.channel], locale)} · {pick(FUNDING_LABELS[i.funding], locale)}
                </option>
              ))}
            </select>
            <p id="intent-help" className="muted">
              {t("intentHelp")}
            </p>
            {remaining !== undefined ? (
              <p className="notice">
                {remaining === null ? t("unionNoBasis") : t("unionRemaining", { amount: formatFen(remaining) })}
              </p>
            ) : null}
            <FieldError state={state} field="intent" id="intent-error" />
          </>
        )}
      </section>

      <section aria-labelledby="step-payment">
        <h2 id="step-payment">{t("payment")}</h2>
        {onInvoice ? (
          <p>{t("onInvoice")}</p>
        ) : personalProviders.length ? (
          <fieldset aria-describedby="provider-error">
            <legend className="visually-hidden">{t("payment")}</legend>
            {personalProviders.map((id) => {
              const kind = paymentKindOf(id)
              return (
                <label key={id} className="choice">
                  <input
                    type="radio"
                    name="provider_id"
                    value={id}
                    checked={provider === id}
                    onChange={() => setProvider(id)}
                  />
                  {kind ? pick(PAYMENT_KIND_LABELS[kind], locale) : id}
                  {kind === "system" ? <span className="muted"> · {t("systemHelp")}</span> : null}
                </label>
              )
            })}
          </fieldset>
        ) : (
          <p className="form-error">{t("noPersonalPayment")}</p>
        )}
        <FieldError state={state} field="provider_id" id="provider-error" />
      </section>

      <section aria-labelledby="step-review" className="review">
        <h2 id="step-review">{t("review")}</h2>
        <dl>
          <dt>{t("items")}</dt>
          <dd>{formatCny(itemTotal)}</dd>
          <dt>{t("shippingCost")}</dt>
          <dd>{formatCny(shippingAmount)}</dd>
          <dt>{t("total")}</dt>
          <dd>
            <strong>{formatCny(itemTotal + shippingAmount)}</strong>
          </dd>
        </dl>
        <FormError state={state} fields={["intent", "shipping_option_id", "provider_id", ...ADDRESS_FIELDS]} />
        <SubmitButton pending={t("placing")}>{t("place")}</SubmitButton>
      </section>
    </form>
  )
}
