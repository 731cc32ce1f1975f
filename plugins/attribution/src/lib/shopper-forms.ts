import { z } from "zod"
import { CHANNELS, FUNDINGS } from "./purchase-rules"

/**
 * The shopper's forms, checked by the /store routes and by the storefront before it calls them, so
 * both refuse the same input with the same words. Plain `zod` (the version Medusa bundles, 4.2.0):
 * the storefront cannot load `@medusajs/framework`.
 */
export const JoinByCode = z
  .object({ code: z.string().trim().toUpperCase().min(4, "code 邀请码太短").max(32, "code 邀请码太长") })
  .strict()

export const SetPurchaseIntent = z
  .object({ unit_id: z.string().min(1, "unit_id 不能为空"), channel: z.enum(CHANNELS), funding: z.enum(FUNDINGS) })
  .strict()
