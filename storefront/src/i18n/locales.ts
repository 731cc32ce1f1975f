import { SHOP_LOCALES } from "@zhunong/common/shopper-forms"

export const LOCALES = SHOP_LOCALES
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "zh-CN"
export const LOCALE_COOKIE = "NEXT_LOCALE"

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}

/** The locale a cookie (or segment) asks for, Chinese when it asks for none we speak. */
export function localeOf(asked: string | undefined): Locale {
  return asked && isLocale(asked) ? asked : DEFAULT_LOCALE
}

/** Picks the wording of a `{ zh, en }` label the plugins share with Medusa Admin. */
export function pick(label: { zh: string; en: string }, locale: string): string {
  return locale === "en" ? label.en : label.zh
}
