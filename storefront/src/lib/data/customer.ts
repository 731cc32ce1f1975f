import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, cartId, isSignedIn, sdk, setToken } from "./client"

/** The signed-in customer, or null (no token, or one the backend no longer accepts). */
export async function getCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  if (!(await isSignedIn())) return null
  try {
    const { customer } = await sdk().store.customer.retrieve(
      { fields: "id,email,first_name,last_name,phone,*addresses" },
      await authHeaders()
    )
    return customer
  } catch {
    return null
  }
}

/** Signs in and hands the shopper's anonymous cart over to their account. */
export async function signIn(email: string, password: string): Promise<void> {
  const token = await sdk().auth.login("customer", "emailpass", { email, password })
  if (typeof token !== "string") throw new Error("password: 该账户需要其他方式登录")
  await setToken(token)
  const id = await cartId()
  if (id)
    await sdk()
      .store.cart.transferCart(id, {}, await authHeaders())
      .catch(() => undefined)
}

/** Registers the login, creates the customer and signs in. */
export async function signUp(input: {
  email: string
  password: string
  first_name: string
  last_name: string
  phone?: string
}) {
  const registration = await sdk().auth.register("customer", "emailpass", {
    email: input.email,
    password: input.password,
  })
  await sdk().store.customer.create(
    { email: input.email, first_name: input.first_name, last_name: input.last_name, phone: input.phone },
    {},
    { authorization: `Bearer ${registration}` }
  )
  await signIn(input.email, input.password)
}

export async function signOut() {
  await setToken(null)
}

export async function addAddress(address: HttpTypes.StoreCreateCustomerAddress) {
  await sdk().store.customer.createAddress(address, {}, await authHeaders())
}

export async function deleteAddress(id: string) {
  await sdk().store.customer.deleteAddress(id, await authHeaders())
}
