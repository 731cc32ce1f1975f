import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

interface Api {
  post(url: string, body: unknown): Promise<{ data: { token: string } }>
}

/**
 * Creates an admin user the way Medusa does (auth identity + createUserAccountWorkflow) and logs
 * it in over HTTP; returns request headers carrying its bearer token.
 */
export async function adminHeaders(container: MedusaContainer, api: Api, email = "admin@test.local") {
  const password = "test-password-123"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`register ${email}: ${error}`)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
