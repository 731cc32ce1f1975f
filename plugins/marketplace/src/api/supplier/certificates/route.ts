import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import { marketplace } from "../../../modules/marketplace"
import { sessionOf } from "../../supplier-session"
import type { ListSupplierCertificates } from "../../validators"

/**
 * The certificates issued to the supplier (by its 信用代码, whoever filed them), newest first,
 * each with its history and products; `status` filters.
 */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof ListSupplierCertificates>>, res: MedusaResponse) {
  const { uscc } = await marketplace(req.scope).retrieveSupplier(sessionOf(req).supplier_id, { select: ["uscc"] })
  await respondWithList(req, res, "certificate", "certificates", {
    supplier_uscc: uscc,
    status: req.validatedQuery.status,
  })
}
