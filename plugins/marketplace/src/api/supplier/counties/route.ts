import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { shanghaiDate } from "@zhunong/common/dates"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import type { SupplierCountiesQuery } from "../../validators"

/**
 * Counties a supplier may pick, by name or code (`q`) or by `code`, each with the verdict the
 * registration will give: eligible today (a 脱贫县 or paired), or why not. Open to a fresh login,
 * which has no supplier yet: the registration form shows the verdict before it is submitted.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof SupplierCountiesQuery>>, res: MedusaResponse) {
  const { q, code } = req.validatedQuery
  const counties = await req.scope
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .supplierCounties(q ? { q } : { codes: code ?? [] }, shanghaiDate(new Date()), 20)
  res.json({ counties })
}
