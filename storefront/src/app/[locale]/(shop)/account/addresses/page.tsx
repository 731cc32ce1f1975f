import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { getCustomer } from "@/lib/data/customer"
import { deleteAddressAction } from "../actions"
import { AddressForm } from "../forms"

export const dynamic = "force-dynamic"

export default async function AddressesPage() {
  const [t, customer] = await Promise.all([getTranslations("account"), getCustomer()])
  if (!customer) redirect("/account?next=/account/addresses")
  return (
    <section>
      <h1>{t("addresses")}</h1>
      {(customer.addresses ?? []).length === 0 ? (
        <p>{t("noAddresses")}</p>
      ) : (
        <ul className="plain-list">
          {(customer.addresses ?? []).map((a) => (
            <li key={a.id}>
              {a.last_name}
              {a.first_name} · {a.phone} · {[a.province, a.city, a.address_1].filter(Boolean).join(" ")} {a.postal_code}
              <form action={deleteAddressAction} className="inline-form">
                <input type="hidden" name="address_id" value={a.id} />
                <button type="submit" className="link-button">
                  {t("delete")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <AddressForm />
    </section>
  )
}
