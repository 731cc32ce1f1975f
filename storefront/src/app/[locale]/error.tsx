"use client"
import { useTranslations } from "next-intl"

/** Never a stack trace or a blank page: a plain message and a way to try again. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors")
  return (
    <main id="main" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("retry")}
      </button>
    </main>
  )
}
