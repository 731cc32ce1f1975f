import { getLocale, getTranslations } from "next-intl/server"
import { BANK_TRANSFER_STATUS_LABELS } from "@zhunong/common/payment-rules"
import { pick } from "@/i18n/locales"
import type { BankTransfer } from "@/lib/data/orders"
import { formatDate, formatFen } from "@/lib/format"

/**
 * 对公转账: what the unit's finance office needs to pay the order — payee, account, amount and the
 * reference to write in the 附言 — then what has arrived, what is still owed and by when.
 */
export async function BankTransferPanel({ transfer }: { transfer: BankTransfer }) {
  const [t, locale] = await Promise.all([getTranslations("bankTransfer"), getLocale()])
  const awaiting = transfer.status === "awaiting"
  return (
    <section aria-labelledby="bank-transfer" className="bank-transfer" data-testid="bank-transfer">
      <h2 id="bank-transfer">
        {t("title")} ·{" "}
        <span className={`status status-${transfer.status}`}>
          {pick(BANK_TRANSFER_STATUS_LABELS[transfer.status], locale)}
        </span>
        {transfer.overdue ? <span className="status status-overdue"> · {t("overdue")}</span> : null}
      </h2>
      {awaiting ? <p>{t("instructions", { payer: transfer.payer_name })}</p> : null}
      <dl>
        <dt>{t("payee")}</dt>
        <dd>{transfer.payee.name}</dd>
        <dt>{t("bank")}</dt>
        <dd>{transfer.payee.bank}</dd>
        <dt>{t("account")}</dt>
        <dd className="mono">{transfer.payee.account}</dd>
        <dt>{t("amount")}</dt>
        <dd>
          <strong>{formatFen(transfer.amount_fen)}</strong>
        </dd>
        <dt>{t("reference")}</dt>
        <dd>
          <strong className="mono" data-testid="transfer-reference">
            {transfer.reference}
          </strong>{" "}
          <span className="muted">{t("referenceHelp")}</span>
        </dd>
        {awaiting ? (
          <>
            <dt>{t("outstanding")}</dt>
            <dd>{formatFen(transfer.outstanding_fen)}</dd>
            <dt>{t("due")}</dt>
            <dd>
              {formatDate(transfer.due_at, locale)}
              <span className="muted"> · {t("cancelAfter", { date: formatDate(transfer.cancel_after, locale) })}</span>
            </dd>
          </>
        ) : null}
        {transfer.paid_at ? (
          <>
            <dt>{t("paidAt")}</dt>
            <dd>{formatDate(transfer.paid_at, locale)}</dd>
          </>
        ) : null}
      </dl>
      {transfer.remittances.length ? (
        <>
          <h3>{t("received", { amount: formatFen(transfer.received_fen) })}</h3>
          <ul className="plain-list">
            {transfer.remittances.map((r) => (
              <li key={r.id}>
                {r.remitted_on} · {formatFen(r.amount_fen)} · {t("bankReference", { reference: r.bank_reference })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
