import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { portalSession } from "@/lib/data/supplier"
import { safeNext } from "@/lib/next-path"
import { SupplierSignInForm, SupplierSignUpForm } from "../forms"

export default async function SupplierLoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [t, session, { next }] = await Promise.all([getTranslations("supplier.login"), portalSession(), searchParams])
  if (session.kind === "supplier") redirect("/supplier")
  if (session.kind === "unregistered") redirect("/supplier/register")
  const after = safeNext(next)
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className="two-columns">
        <SupplierSignInForm next={after.startsWith("/supplier") ? after : "/supplier"} />
        <SupplierSignUpForm />
      </div>
    </section>
  )
}
