import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findPrivateFile, sendPrivateFile } from "../../../private-files"
import { sessionOf } from "../../../supplier-session"

/** One of the supplier's own private files; another supplier's answers 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const file = await findPrivateFile(req.scope, req.params.id, { supplier_id: sessionOf(req).supplier_id })
  await sendPrivateFile(req.scope, res, file)
}
