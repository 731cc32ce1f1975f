import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { registerSupplierWorkflow } from "../../../workflows/marketplace/workflows/register-supplier"
import type { SupplierRegistration } from "@zhunong/common/supplier-forms"

/**
 * 供应商入驻申请, with the token of a fresh `supplier` login (POST /auth/supplier/emailpass/register).
 * The login's email becomes the owner's; afterwards the owner signs in again to get a supplier token.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SupplierRegistration>>, res: MedusaResponse) {
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const { user_name, ...application } = req.validatedBody
  const { result } = await registerSupplierWorkflow(req.scope).run({
    input: {
      application,
      owner: { email: identity.provider_identities?.[0]?.entity_id ?? "", name: user_name },
      auth_identity_id: identity.id,
    },
  })
  res.status(201).json({ supplier: result.supplier, user: result.owner })
}
