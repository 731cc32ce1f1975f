import Link from "next/link"
import { getTranslations } from "next-intl/server"

/** Previous / next links for a list paged by the server, keeping the other filters of the URL. */
export async function Pager({
  path,
  params,
  offset,
  limit,
  count,
}: {
  path: string
  params: Record<string, string | undefined>
  offset: number
  limit: number
  count: number
}) {
  const t = await getTranslations("portal.pager")
  const href = (at: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, offset: at ? String(at) : undefined }).filter(
        (entry): entry is [string, string] => !!entry[1]
      )
    )
    return `${path}${query.size ? `?${query}` : ""}`
  }
  if (count <= limit) return null
  return (
    <nav className="pager" aria-label={t("label")}>
      {offset > 0 ? <Link href={href(Math.max(0, offset - limit))}>{t("previous")}</Link> : <span />}
      <span className="muted">{t("range", { from: offset + 1, to: Math.min(offset + limit, count), count })}</span>
      {offset + limit < count ? <Link href={href(offset + limit)}>{t("next")}</Link> : <span />}
    </nav>
  )
}

/** `offset` from the URL as a page start: a whole number, else the first page. */
export const offsetOf = (value: string | undefined) => (/^\d{1,6}$/.test(value ?? "") ? Number(value) : 0)
