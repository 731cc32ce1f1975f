import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { asValue } from "@medusajs/framework/awilix"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { OFFICE_MODULE, type OfficeModuleService } from "../modules/office"

export interface OfficeSession {
  office_user_id: string
  office_name: string
  jurisdiction_code: string
  /** The office's jurisdiction and every jurisdiction below it: all it may read. */
  subtree: string[]
}

const KEY = "office_session"

/** After `authenticate("office")`: an active office user; its jurisdiction subtree goes into the request scope. */
export async function officeSession(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = (req as AuthenticatedMedusaRequest).auth_context.actor_id
  const [user] = await req.scope.resolve<OfficeModuleService>(OFFICE_MODULE).listOfficeUsers({ id, status: "active" })
  if (!user) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "该办公室账号已停用"))
  const subtree = await req.scope
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .jurisdictionSubtree(user.jurisdiction_code)
  req.scope.register(
    KEY,
    asValue({
      office_user_id: user.id,
      office_name: user.office_name,
      jurisdiction_code: user.jurisdiction_code,
      subtree,
    } satisfies OfficeSession)
  )
  next()
}

export const officeOf = (req: MedusaRequest): OfficeSession => req.scope.resolve<OfficeSession>(KEY)
