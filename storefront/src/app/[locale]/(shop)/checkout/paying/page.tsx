import Link from "next/link"
import { redirect } from "next/navigation"
import { getLocale, getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import { PAYMENT_KIND_LABELS } from "@zhunong/common/payment-rules"
import { pick } from "@/i18n/locales"
import { isSignedIn } from "@/lib/data/client"
import { getPayFirstSession } from "@/lib/data/cart"
import { formatCny } from "@/lib/format"
import { PaymentPoller } from "./PaymentPoller"
import { StripePayment } from "./StripePayment"

export const dynamic = "force-dynamic"

/**
 * Paying before the order is placed: Alipay's cashier (the shopper comes back here afterwards), a
 * WeChat Pay QR code to scan, or Stripe's Payment Element. The page keeps asking whether the payment
 * went through and opens the order when it has.
 */
export default async function PayingPage() {
  if (!(await isSignedIn())) redirect("/account?next=/checkout/paying")
  const [t, locale, session] = await Promise.all([getTranslations("paying"), getLocale(), getPayFirstSession()])
  if (!session) {
    return (
      <section>
        <h1>{t("title")}</h1>
        <PaymentPoller />
        <p>
          {t("nothing")} <Link href="/account/orders">{t("orders")}</Link>
        </p>
      </section>
    )
  }
  const qr = session.codeUrl ? await QRCode.toString(session.codeUrl, { type: "svg", margin: 1, width: 220 }) : null
  return (
    <section className="paying">
      <h1>{t("title")}</h1>
      <p>
        {pick(PAYMENT_KIND_LABELS[session.kind], locale)} · {t("amount")} <strong>{formatCny(session.total)}</strong>
      </p>
      {session.payUrl ? (
        <p>
          <a className="button" href={session.payUrl}>
            {t("goAlipay")}
          </a>
        </p>
      ) : null}
      {qr ? (
        <figure className="qr">
          <div aria-label={t("qrLabel")} role="img" dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption>{t("scan")}</figcaption>
        </figure>
      ) : null}
      {session.stripe ? <StripePayment {...session.stripe} total={session.total} /> : null}
      <PaymentPoller />
      <p className="muted">
        <Link href="/checkout">{t("back")}</Link>
      </p>
    </section>
  )
}
