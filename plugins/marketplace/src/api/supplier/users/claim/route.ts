import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { claimSupplierUserWorkflow } from "../../../../workflows/marketplace/workflows/users"
import type { ClaimSupplierUser } from "@zhunong/common/supplier-forms"

/** A staff member with a fresh `supplier` login claims the seat the owner invited them to, with the code. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ClaimSupplierUser>>, res: MedusaResponse) {
  const { result } = await claimSupplierUserWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, code: req.validatedBody.code },
  })
  res.json({ user: { id: result.id, supplier_id: result.supplier_id, role: result.role, status: result.status } })
}
