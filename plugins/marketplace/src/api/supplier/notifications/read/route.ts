import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { markNotificationsReadWorkflow } from "../../../../workflows/marketplace/workflows/notifications"
import { sessionOf } from "../../../supplier-session"
import type { MarkNotificationsRead } from "../../../validators"

/** Marks the listed entries read (`{ ids }`), or every unread one (`{ all: true }`); answers how many it marked. */
export async function POST(req: MedusaRequest<z.infer<typeof MarkNotificationsRead>>, res: MedusaResponse) {
  const { ids } = req.validatedBody
  const { result } = await markNotificationsReadWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, ids },
  })
  res.json(result)
}
