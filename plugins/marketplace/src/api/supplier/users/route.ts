import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { marketplace } from "../../../modules/marketplace"
import { inviteSupplierUserWorkflow } from "../../../workflows/marketplace/workflows/users"
import { sessionOf } from "../../supplier-session"
import type { InviteSupplierUser } from "@zhunong/common/supplier-forms"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const users = await marketplace(req.scope).listSupplierUsers(
    { supplier_id: sessionOf(req).supplier_id },
    {
      select: ["id", "email", "name", "role", "status", "invite_expires_at", "created_at"],
      order: { created_at: "ASC" },
    }
  )
  res.json({ users })
}

/** The owner invites a person; the answer carries the one-time code to hand them (shown once). */
export async function POST(req: MedusaRequest<z.infer<typeof InviteSupplierUser>>, res: MedusaResponse) {
  const { result } = await inviteSupplierUserWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, ...req.validatedBody },
  })
  res.status(201).json({
    user: { id: result.user.id, email: result.user.email, role: result.user.role, status: result.user.status },
    code: result.code,
  })
}
