import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkCertificateProductsWorkflow } from "../../../../../workflows/provenance/workflows/link-certificate-products"
import { PROVENANCE_MODULE } from "../../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../../modules/provenance/service"
import type { z } from "@medusajs/framework/zod"
import type { AdminLinkProducts } from "../../../validators"

export async function POST(req: MedusaRequest<z.infer<typeof AdminLinkProducts>>, res: MedusaResponse) {
  await req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).retrieveCertificate(req.params.id)
  const { result } = await linkCertificateProductsWorkflow(req.scope).run({
    input: { certificate_id: req.params.id, ...req.validatedBody },
  })
  res.json(result)
}
