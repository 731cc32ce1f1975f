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

/**
 * 评价 as the buyer's form and the /store route both check it: stars and an optional comment. Plain
 * `zod` (the version Medusa bundles, 4.2.0) so the storefront can load it. Medusa rewrites range errors
 * into English, so the range is a refinement.
 */
export const RateOrderPart = z
  .object({
    rating: z
      .number()
      .int("rating 应为1–5的整数")
      .refine((r) => r >= 1 && r <= 5, "rating 应为1–5的整数"),
    comment: z
      .string()
      .trim()
      .refine((c) => c.length <= 500, "comment 不能超过500字")
      .optional(),
  })
  .strict()

/** The shop's languages, and the 中文 ⇄ English button's form (POST /api/locale). */
export const SHOP_LOCALES = ["zh-CN", "en"] as const
export const LocaleChoice = z.object({ locale: z.enum(SHOP_LOCALES, "locale: 只能是 zh-CN 或 en") })
