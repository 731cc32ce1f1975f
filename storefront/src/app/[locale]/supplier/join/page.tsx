import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { portalSession } from "@/lib/data/supplier"
import { ClaimForm, SupplierSignUpForm } from "../forms"

/** An invited person's link: create a login (or use the fresh one) and claim the seat with the code. */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const [t, session, { code }] = await Promise.all([getTranslations("supplier.join"), portalSession(), searchParams])
  if (session.kind === "supplier") redirect("/supplier")
  return (
    <section>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {session.kind === "none" ? <SupplierSignUpForm code={code} /> : <ClaimForm code={code} />}
    </section>
  )
}
