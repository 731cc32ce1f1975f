import Link from "next/link"
import { getTranslations } from "next-intl/server"

export default async function NotFound() {
  const t = await getTranslations("errors")
  return (
    <main id="main">
      <h1>{t("notFound")}</h1>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </main>
  )
}
