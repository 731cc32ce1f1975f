import Link from "next/link"
import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import { NOT_COUNTED_LABELS, NOT_COUNTED_REASONS } from "@zhunong/common/counting-rules"
import { DIVISION_CODE } from "@zhunong/common/divisions"
import { Pager, offsetOf } from "@/components/portal/Pager"
import { pick } from "@/i18n/locales"
import { formatFen } from "@/lib/format"
import { currentOffice, ledgerRows } from "@/lib/data/office"

const LIMIT = 50
/** The orders the 台账 can be read in, sorted by the database. */
const SORTS = ["-seq", "seq", "-amount_fen", "amount_fen"] as const

/**
 * 台账明细: the rows behind an overview figure, in the office's subtree, paged by the backend with
 * the filters in the URL so a link can be shared.
 */
export default async function OfficeLedgerPage({
  searchParams,
}: {
  searchParams: Promise<{
    month?: string
    county?: string
    counted?: string
    not_counted_reason?: string
    unit_id?: string
    entry_key?: string
    order?: string
    offset?: string
  }>
}) {
  const params = await searchParams
  const office = await currentOffice()
  if (!office) redirect(`/office/login?next=${encodeURIComponent("/office/ledger")}`)
  const [t, locale] = await Promise.all([getTranslations("office.ledger"), getLocale()])
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.month ?? "") ? params.month : undefined
  const county = DIVISION_CODE.test(params.county ?? "") ? params.county : undefined
  const counted = params.counted === "true" || params.counted === "false" ? params.counted : undefined
  const reason = NOT_COUNTED_REASONS.find((r) => r === params.not_counted_reason)
  const unit = /^[A-Za-z0-9_]{1,64}$/.test(params.unit_id ?? "") ? params.unit_id : undefined
  // the rows a finding of the checks names (its link from /office/checks)
  const keys = /^[\w:|.-]{1,200}(,[\w:|.-]{1,200}){0,49}$/.test(params.entry_key ?? "") ? params.entry_key : undefined
  const order = SORTS.find((o) => o === params.order)
  const offset = offsetOf(params.offset)
  const { entries, count } = await ledgerRows({
    month,
    county,
    counted,
    not_counted_reason: reason,
    unit_id: unit,
    entry_key: keys,
    order,
    offset,
    limit: LIMIT,
  })
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/office">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <form className="filters" aria-label={t("filters")}>
        {unit ? <input type="hidden" name="unit_id" value={unit} /> : null}
        {keys ? <input type="hidden" name="entry_key" value={keys} /> : null}
        <label>
          {t("month")} <input name="month" type="month" defaultValue={month} />
        </label>
        <label>
          {t("county")} <input name="county" inputMode="numeric" maxLength={6} defaultValue={county} />
        </label>
        <label>
          {t("counted")}{" "}
          <select name="counted" defaultValue={counted ?? ""}>
            <option value="">{t("any")}</option>
            <option value="true">{t("yes")}</option>
            <option value="false">{t("no")}</option>
          </select>
        </label>
        <label>
          {t("reason")}{" "}
          <select name="not_counted_reason" defaultValue={reason ?? ""}>
            <option value="">{t("any")}</option>
            {NOT_COUNTED_REASONS.map((r) => (
              <option key={r} value={r}>
                {pick(NOT_COUNTED_LABELS[r], locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("sort")}{" "}
          <select name="order" defaultValue={order ?? "-seq"}>
            {SORTS.map((o) => (
              <option key={o} value={o}>
                {t(`sorts.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button secondary">
          {t("apply")}
        </button>
      </form>
      <p className="muted">{t("count", { count })}</p>
      {entries.length ? (
        <div className="table-scroll">
          <table data-testid="ledger-rows">
            <thead>
              <tr>
                <th>{t("date")}</th>
                <th>{t("order")}</th>
                <th>{t("item")}</th>
                <th>{t("origin")}</th>
                <th>{t("unit")}</th>
                <th>{t("amount")}</th>
                <th>{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.day}</td>
                  <td>#{e.order_display_id ?? "—"}</td>
                  <td>
                    <Link href={`/office/ledger/${e.id}`}>
                      {e.product_title}
                      {e.variant_title ? `（${e.variant_title}）` : ""}
                    </Link>{" "}
                    × {e.quantity}
                  </td>
                  <td>{e.county_code ?? "—"}</td>
                  <td>{e.unit_name ?? "—"}</td>
                  <td>{formatFen(e.amount_fen)}</td>
                  <td className={e.counted ? "check-ok" : "check-no"}>
                    {e.counted
                      ? t("yes")
                      : e.not_counted_reason
                        ? pick(NOT_COUNTED_LABELS[e.not_counted_reason], locale)
                        : t("no")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("empty")}</p>
      )}
      <Pager
        path="/office/ledger"
        params={{ month, county, counted, not_counted_reason: reason, unit_id: unit, entry_key: keys, order }}
        offset={offset}
        limit={LIMIT}
        count={count}
      />
    </section>
  )
}
