import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { marketplace } from "../../../modules/marketplace"
import { updateSupplierProfileWorkflow } from "../../../workflows/marketplace/workflows/users"
import { sessionOf } from "../../supplier-session"
import type { UpdateSupplierProfile } from "@zhunong/common/supplier-forms"

/** The caller's supplier: profile, status with its history, and the caller's own role. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const session = sessionOf(req)
  const supplier = await marketplace(req.scope).retrieveSupplier(session.supplier_id, { relations: ["events"] })
  res.json({ supplier, me: { id: session.user_id, role: session.role } })
}

export async function POST(req: MedusaRequest<z.infer<typeof UpdateSupplierProfile>>, res: MedusaResponse) {
  const { result } = await updateSupplierProfileWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, ...req.validatedBody },
  })
  res.json({ supplier: result })
}
