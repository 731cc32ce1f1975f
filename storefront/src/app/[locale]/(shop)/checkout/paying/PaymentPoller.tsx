"use client"
import { useEffect, useState } from "react"
import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import { checkPaymentAction } from "../actions"

/** Asks every three seconds whether the payment went through; opens the order when it has. */
export function PaymentPoller() {
  const t = useTranslations("paying")
  const router = useRouter()
  const [checks, setChecks] = useState(0)
  useEffect(() => {
    let stopped = false
    const timer = setInterval(async () => {
      const { orderId } = await checkPaymentAction()
      if (stopped) return
      if (orderId) {
        stopped = true
        clearInterval(timer)
        router.replace(`/account/orders/${orderId}?placed=1`)
      } else setChecks((n) => n + 1)
    }, 3000)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [router])
  return (
    <p role="status" aria-live="polite">
      {t("waiting")}
      {checks ? ` (${checks})` : ""}
    </p>
  )
}
