"use server"
import { cookies } from "next/headers"
import { revalidatePath } from "next/cache"
import { isLocale, LOCALE_COOKIE } from "@/i18n/locales"

/** Switches the shop's language; the choice is kept for a year. */
export async function setLocale(formData: FormData) {
  const locale = String(formData.get("locale") ?? "")
  if (!isLocale(locale)) return
  ;(await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" })
  revalidatePath("/", "layout")
}
