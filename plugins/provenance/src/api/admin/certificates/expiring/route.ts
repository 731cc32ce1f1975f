import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { addDays, shanghaiDate } from "@zhunong/common/dates"
import { PROVENANCE_MODULE } from "../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../modules/provenance/service"
import type { AdminExpiringCertificatesQuery } from "../../validators"

/** Valid certificates whose validity ends within `within_days` (default 90), soonest first. */
export async function GET(
  req: MedusaRequest<unknown, z.infer<typeof AdminExpiringCertificatesQuery>>,
  res: MedusaResponse
) {
  const today = shanghaiDate(new Date())
  const certificates = await req.scope
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .listCertificates(
      { status: "valid", valid_to: { $gte: today, $lte: addDays(today, req.validatedQuery.within_days) } },
      { order: { valid_to: "ASC" }, take: null }
    )
  res.json({ certificates, count: certificates.length })
}
