import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CertificateStatus } from "../../../../../lib/lifecycle"
import { transitionCertificateWorkflow } from "../../../../../workflows/provenance/workflows/transition-certificate"
import { adminActor } from "../../../actor"
import type { AdminTransitionCertificateType } from "../../../validators"

/** Moves a certificate along its lifecycle; an illegal move is refused with 409 naming it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminTransitionCertificateType>, res: MedusaResponse) {
  const { to, ...rest } = req.validatedBody
  const { result } = await transitionCertificateWorkflow(req.scope).run({
    input: { id: req.params.id, to: to as CertificateStatus, ...rest, actor: adminActor(req) },
  })
  res.json(result)
}
