import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officeOf } from "../../office-session"

/** The signed-in office: its name and the jurisdictions it reads. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ office: officeOf(req) })
}
