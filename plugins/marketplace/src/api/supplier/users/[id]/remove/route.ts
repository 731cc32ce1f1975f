import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeSupplierUserWorkflow } from "../../../../../workflows/marketplace/workflows/users"
import { sessionOf } from "../../../../supplier-session"

export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const session = sessionOf(req)
  const { result } = await removeSupplierUserWorkflow(req.scope).run({
    input: { supplier_id: session.supplier_id, user_id: req.params.id, by_user_id: session.user_id },
  })
  res.json({ user: { id: result.id, status: result.status } })
}
