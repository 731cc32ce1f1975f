import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPrivateFile } from "../../../private-files"
import { sessionOf } from "../../../supplier-session"

/** One of the supplier's own private files; another supplier's answers 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendPrivateFile(req, res, sessionOf(req).supplier_id)
}
