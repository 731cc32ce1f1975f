import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminListDivisionsQuery = createFindParams({ limit: 50, offset: 0 }).extend({
  level: z.enum(["province", "prefecture", "county"]).optional(),
  parent_code: z
    .string()
    .regex(/^\d{6}$/, "parent_code must be a 6-digit GB/T 2260 code")
    .optional(),
})
export type AdminListDivisionsQueryType = z.infer<typeof AdminListDivisionsQuery>
