import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { currentOffice } from "@/lib/data/office"
import { safeNext } from "@/lib/next-path"
import { OfficeSignInForm } from "./SignInForm"

export default async function OfficeLoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [t, office, { next }] = await Promise.all([getTranslations("office.login"), currentOffice(), searchParams])
  if (office) redirect("/office")
  const after = safeNext(next)
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <OfficeSignInForm next={after.startsWith("/office") ? after : "/office"} />
    </section>
  )
}
