import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminListLedgerQuery = createFindParams({ limit: 100, offset: 0, order: "seq" }).extend({
  order_id: z.string().optional(),
  unit_id: z.string().optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month 应为 YYYY-MM").optional(),
  counted: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
})

export const AdminReconcileLedger = z.object({ repair: z.boolean().default(false) }).strict()
