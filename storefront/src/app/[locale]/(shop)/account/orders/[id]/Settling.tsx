"use client"
import { useEffect } from "react"
import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"

/**
 * A just-placed order is split among its suppliers and its payment entered by the backend's event
 * subscribers, a moment after the order exists. While that is under way the page says so and
 * reloads its data every second and a half (for half a minute at most).
 */
export function Settling() {
  const t = useTranslations("order")
  const router = useRouter()
  useEffect(() => {
    let rounds = 0
    const timer = setInterval(() => {
      if (++rounds > 20) clearInterval(timer)
      else router.refresh()
    }, 1500)
    return () => clearInterval(timer)
  }, [router])
  return (
    <p className="muted" role="status">
      {t("settling")}
    </p>
  )
}
