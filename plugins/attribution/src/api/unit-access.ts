import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBER_ROLE_LABELS, type MemberRole } from "@zhunong/common/purchase-rules"
import { attribution } from "../modules/attribution"

/**
 * Lets the request through only when the signed-in customer is an active member of the unit in the
 * path (`:id`) with one of `roles`. Anyone else — another unit's member, a plain member — gets 403.
 */
export function requireUnitRole(...roles: MemberRole[]) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    // Runs after `authenticate("customer")`, which sets auth_context.
    const customerId = (req as AuthenticatedMedusaRequest).auth_context.actor_id
    const [membership] = await attribution(req.scope).listMemberships(
      { unit_id: req.params.id, customer_id: customerId, status: "active" },
      { select: ["role"] }
    )
    if (!membership) return next(new MedusaError(MedusaError.Types.FORBIDDEN, "你不是该单位的在册成员"))
    if (!roles.includes(membership.role as MemberRole)) {
      const allowed = roles.map((r) => MEMBER_ROLE_LABELS[r].zh).join("或")
      return next(new MedusaError(MedusaError.Types.FORBIDDEN, `只有${allowed}可以进行此操作`))
    }
    next()
  }
}
