import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { getCart, listPersonalPaymentProviders, listShippingOptions } from "@/lib/data/cart"
import { getCustomer } from "@/lib/data/customer"
import { getUnionWelfare, listMemberships } from "@/lib/data/units"
import { CheckoutForm, type IntentChoice } from "./CheckoutForm"

export const dynamic = "force-dynamic"

export default async function CheckoutPage() {
  const [t, customer, cart] = await Promise.all([getTranslations("checkout"), getCustomer(), getCart()])
  if (!customer) redirect("/account?next=/checkout")
  if (!cart?.items?.length) {
    return (
      <section>
        <h1>{t("title")}</h1>
        <p>
          {t("empty")} <Link href="/products">{t("browse")}</Link>
        </p>
      </section>
    )
  }

  const [options, memberships, personalProviders] = await Promise.all([
    listShippingOptions(cart.id),
    listMemberships(),
    listPersonalPaymentProviders(),
  ])
  const active = memberships.filter((m) => m.status === "active")
  const intents: IntentChoice[] = active.flatMap((m) =>
    m.allowed_intents.map((i) => ({
      value: `${m.unit.id}|${i.channel}|${i.funding}`,
      unitId: m.unit.id,
      unitName: m.unit.name,
      ...i,
    }))
  )
  const unionUnits = active.filter((m) => m.allowed_intents.some((i) => i.funding === "union"))
  const welfare = await Promise.all(
    unionUnits.map(async (m) => [m.unit.id, (await getUnionWelfare(m.unit.id)).remaining_fen] as const)
  )

  return (
    <section>
      <h1>{t("title")}</h1>
      <CheckoutForm
        address={
          customer.addresses?.[0] ?? {
            last_name: customer.last_name,
            first_name: customer.first_name,
            phone: customer.phone,
          }
        }
        shippingOptions={options.map((o) => ({ id: o.id, name: o.name, amount: o.amount ?? 0 }))}
        intents={intents}
        unionRemaining={Object.fromEntries(welfare)}
        itemTotal={cart.item_total ?? 0}
        personalProviders={personalProviders}
      />
    </section>
  )
}
