import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { getCart } from "@/lib/data/cart"
import { isSignedIn } from "@/lib/data/client"
import { ShopperChanged } from "@/components/ShopperLinks"
import { formatCny } from "@/lib/format"
import { updateLineAction } from "./actions"

export const dynamic = "force-dynamic"

export default async function CartPage() {
  const [t, cart, signedIn] = await Promise.all([getTranslations("cart"), getCart(), isSignedIn()])
  const items = cart?.items ?? []
  // a changed line re-renders this page; the header's count follows
  const changed = <ShopperChanged stamp={items.map((item) => `${item.id}:${item.quantity}`).join()} />
  if (!cart || items.length === 0) {
    return (
      <section>
        {changed}
        <h1>{t("title")}</h1>
        <p>{t("empty")}</p>
        <Link href="/products" className="button">
          {t("browse")}
        </Link>
      </section>
    )
  }
  return (
    <section>
      {changed}
      <h1>{t("title")}</h1>
      <table className="cart-table">
        <caption className="visually-hidden">{t("title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("product")}</th>
            <th scope="col">{t("unitPrice")}</th>
            <th scope="col">{t("quantity")}</th>
            <th scope="col">{t("lineTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link href={`/products/${item.product_handle}`}>{item.product_title}</Link>
                <div className="muted">{item.variant_title}</div>
              </td>
              <td>{formatCny(item.unit_price)}</td>
              <td>
                <form action={updateLineAction} className="inline-form">
                  <input type="hidden" name="line_id" value={item.id} />
                  <label>
                    <span className="visually-hidden">{t("quantityOf", { title: item.product_title ?? "" })}</span>
                    <input type="number" name="quantity" min={0} max={999} defaultValue={item.quantity} />
                  </label>
                  <button type="submit" className="link-button">
                    {t("update")}
                  </button>
                </form>
                <form action={updateLineAction} className="inline-form">
                  <input type="hidden" name="line_id" value={item.id} />
                  <input type="hidden" name="quantity" value={0} />
                  <button type="submit" className="link-button">
                    {t("remove")}
                  </button>
                </form>
              </td>
              <td>{formatCny(item.total ?? item.unit_price * item.quantity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="total">
        {t("subtotal")}: <strong>{formatCny(cart.item_total ?? 0)}</strong>
      </p>
      {signedIn ? (
        <Link href="/checkout" className="button">
          {t("checkout")}
        </Link>
      ) : (
        <Link href="/account?next=/checkout" className="button">
          {t("signInToCheckout")}
        </Link>
      )}
    </section>
  )
}
