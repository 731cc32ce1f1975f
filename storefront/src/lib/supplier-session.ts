import "server-only"
import { redirect } from "next/navigation"
import { portalSession } from "./data/supplier"

/**
 * A portal page's supplier: sends a visitor without a supplier login to sign in, and a login that
 * has not registered a supplier yet to the registration form.
 */
export async function requireSupplier(next: string) {
  const session = await portalSession()
  if (session.kind === "none") redirect(`/supplier/login?next=${encodeURIComponent(next)}`)
  if (session.kind === "unregistered") redirect("/supplier/register")
  return session
}
