import { getLocale } from "next-intl/server"

/** 中文 ⇄ English, in every header (shop and portals); the choice is kept in a cookie (POST /api/locale). */
export async function LocaleSwitch() {
  const locale = await getLocale()
  const other = locale === "en" ? "zh-CN" : "en"
  return (
    <form action="/api/locale" method="post" className="locale-switch">
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="link-button" lang={other}>
        {locale === "en" ? "中文" : "English"}
      </button>
    </form>
  )
}
