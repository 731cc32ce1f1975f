import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { portalSession } from "@/lib/data/supplier"
import { RegistrationForm } from "../forms"

/** 入驻申请: a fresh login registers its supplier; the platform reviews it. */
export default async function RegisterPage() {
  const [t, session] = await Promise.all([getTranslations("supplier.register"), portalSession()])
  if (session.kind === "none") redirect("/supplier/login")
  if (session.kind === "supplier") redirect("/supplier")
  return (
    <section>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <RegistrationForm />
    </section>
  )
}
