"use client"
import { useMemo, useState } from "react"
import { useRouter } from "next/navigation"
import { useLocale, useTranslations } from "next-intl"
import { loadStripe } from "@stripe/stripe-js"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { formatCny } from "@/lib/format"
import { checkPaymentAction } from "../actions"

interface Props {
  publishableKey: string
  clientSecret: string
  total: number
}

/**
 * Stripe's Payment Element for the cart's payment intent. The card details go from the shopper's
 * browser to Stripe only; once Stripe confirms, the shop completes the cart (the backend asks Stripe
 * again, so a forged "success" here places nothing). Methods that leave the page (a wallet's own
 * confirmation) come back to the paying page, whose poller finishes the same way.
 */
export function StripePayment({ publishableKey, clientSecret, total }: Props) {
  const locale = useLocale()
  // loadStripe once per key: Elements must keep the same promise across renders
  const stripe = useMemo(() => loadStripe(publishableKey), [publishableKey])
  return (
    <Elements
      stripe={stripe}
      options={{ clientSecret, locale: locale === "en" ? "en" : "zh", appearance: { theme: "stripe" } }}
    >
      <PayForm total={total} />
    </Elements>
  )
}

function PayForm({ total }: { total: number }) {
  const t = useTranslations("paying")
  const router = useRouter()
  const stripe = useStripe()
  const elements = useElements()
  const [ready, setReady] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function pay(event: React.FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    setProblem(null)
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/checkout/paying` },
      redirect: "if_required",
    })
    if (error) {
      // Stripe's message is already in the shopper's language and says what to do (another card…)
      setProblem(error.message ?? t("stripeFailed"))
      setBusy(false)
      return
    }
    const { orderId } = await checkPaymentAction()
    if (orderId) router.replace(`/account/orders/${orderId}?placed=1`)
    // not confirmed by Stripe yet (e.g. still processing): the poller below opens the order when it is
    else setBusy(false)
  }

  return (
    <form onSubmit={pay} className="stripe-payment" aria-describedby={problem ? "stripe-error" : undefined}>
      <PaymentElement onReady={() => setReady(true)} />
      {problem ? (
        <p id="stripe-error" className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={!ready || busy}>
        {busy ? t("stripePaying") : t("stripePay", { amount: formatCny(total) })}
      </button>
    </form>
  )
}
