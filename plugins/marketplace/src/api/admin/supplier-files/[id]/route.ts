import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findPrivateFile, sendPrivateFile } from "../../../private-files"

/** Any supplier's private file, for operators reviewing certificates and invoices. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendPrivateFile(req.scope, res, await findPrivateFile(req.scope, req.params.id))
}
