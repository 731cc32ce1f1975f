import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { asValue } from "@medusajs/framework/awilix"
import { MedusaError } from "@medusajs/framework/utils"
import { marketplace } from "../modules/marketplace"

export interface SupplierSession {
  user_id: string
  supplier_id: string
  role: "owner" | "staff"
}

const KEY = "supplier_session"

/**
 * After `authenticate("supplier")`: the signed-in supplier user must still be active. Puts who
 * they are and which supplier they act for into the request scope, where every supplier route
 * takes its supplier from — never from the path or the body.
 */
export async function supplierSession(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const userId = (req as AuthenticatedMedusaRequest).auth_context.actor_id
  const [user] = await marketplace(req.scope).listSupplierUsers(
    { id: userId, status: "active" },
    { select: ["id", "role", "supplier_id"] }
  )
  if (!user) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "该供应商账号已停用"))
  req.scope.register(
    KEY,
    asValue({ user_id: user.id, supplier_id: user.supplier_id, role: user.role } satisfies SupplierSession)
  )
  next()
}

export const sessionOf = (req: MedusaRequest): SupplierSession => req.scope.resolve<SupplierSession>(KEY)

/** Only the supplier's owner manages its people and profile. */
export function ownerOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (sessionOf(req).role !== "owner")
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, "只有供应商负责人可以进行此操作"))
  next()
}
