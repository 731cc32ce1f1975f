import { z } from "zod"

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
