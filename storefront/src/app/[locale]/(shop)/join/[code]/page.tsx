import { decodedParam } from "@/lib/next-path"
import { getTranslations } from "next-intl/server"
import { JoinForm, SignInForm, SignUpForm } from "@/app/[locale]/(shop)/account/forms"
import { isSignedIn } from "@/lib/data/client"

export const dynamic = "force-dynamic"

/** An invite link (/join/SJJG2026): sign in or up first, then join with the code filled in. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodedParam((await params).code).slice(0, 32)
  const [t, signedIn] = await Promise.all([getTranslations("account"), isSignedIn()])
  if (!signedIn) {
    return (
      <section>
        <h1>{t("joinTitle")}</h1>
        <p>{t("joinSignIn")}</p>
        <div className="two-columns">
          <SignInForm next={`/join/${encodeURIComponent(code)}`} />
          <SignUpForm next={`/join/${encodeURIComponent(code)}`} />
        </div>
      </section>
    )
  }
  return (
    <section>
      <h1>{t("joinTitle")}</h1>
      <JoinForm code={code} />
    </section>
  )
}
