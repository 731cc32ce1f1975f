export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "zh-CN"
export const LOCALE_COOKIE = "NEXT_LOCALE"

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}

/** Picks the wording of a `{ zh, en }` label the plugins share with Medusa Admin. */
export function pick(label: { zh: string; en: string }, locale: string): string {
  return locale === "en" ? label.en : label.zh
}
