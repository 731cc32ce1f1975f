import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { Actor } from "@zhunong/common/server/status-event"

/** The admin user behind a request, as recorded on certificate events. */
export function adminActor(req: AuthenticatedMedusaRequest): Actor {
  return { type: "user", id: req.auth_context.actor_id }
}
