import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { refetch } from "@zhunong/common/server/query-config"
import { addUnitMemberWorkflow } from "../../../../../workflows/attribution/workflows/memberships"
import { listUnitMembers } from "../../../../members"
import type { AdminAddMember } from "../../../../validators"

export const GET = listUnitMembers

/** Puts a registered customer into the unit by email, already active — e.g. the unit's first admin. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminAddMember>>, res: MedusaResponse) {
  const [customer] = await req.scope
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: req.validatedBody.email, has_account: true })
  if (!customer)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: 没有以 ${req.validatedBody.email} 注册的顾客账号`)
  const { result } = await addUnitMemberWorkflow(req.scope).run({
    input: {
      unit_id: req.params.id,
      customer_id: customer.id,
      role: req.validatedBody.role,
      decided_by: `user:${req.auth_context.actor_id}`,
    },
  })
  res.status(201).json({ membership: await refetch(req, "membership", result.id, "成员") })
}
