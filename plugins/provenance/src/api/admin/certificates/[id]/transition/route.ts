import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetch } from "@zhunong/common/server/query-config"
import { transitionCertificateWorkflow } from "../../../../../workflows/provenance/workflows/transition-certificate"
import { adminActor } from "../../../actor"
import type { AdminTransitionCertificateType } from "../../../validators"

/** Moves a certificate along its lifecycle; an illegal move is refused with 409 naming it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminTransitionCertificateType>, res: MedusaResponse) {
  const { result } = await transitionCertificateWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor: adminActor(req) },
  })
  res.json({ certificate: await refetch(req, "certificate", req.params.id, "证书"), from: result.from, to: result.to })
}
