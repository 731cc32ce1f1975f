import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { marketplace } from "../../../modules/marketplace"
import { sessionOf } from "../../supplier-session"
import type { ListNotificationsQuery } from "../../validators"

/**
 * The supplier's inbox, newest first (`unread=true` for the unread only), with how many are unread
 * in all — the count the portal's header shows.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof ListNotificationsQuery>>, res: MedusaResponse) {
  const supplier_id = sessionOf(req).supplier_id
  const [{ data, metadata }, [, unread]] = await Promise.all([
    req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "supplier_notification",
      fields: req.queryConfig.fields,
      filters: { supplier_id, ...(req.validatedQuery.unread ? { read_at: null } : {}) },
      pagination: req.queryConfig.pagination,
    }),
    marketplace(req.scope).listAndCountSupplierNotifications(
      { supplier_id, read_at: null },
      { select: ["id"], take: 1 }
    ),
  ])
  res.json({
    notifications: data,
    count: metadata?.count ?? 0,
    unread,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}
