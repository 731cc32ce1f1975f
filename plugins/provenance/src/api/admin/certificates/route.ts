import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { applyCertificateWorkflow } from "../../../workflows/provenance/workflows/apply-certificate"
import { adminActor } from "../actor"
import { respondWithList } from "@zhunong/common/server/list"
import { refetch } from "@zhunong/common/server/query-config"
import type { AdminApplyCertificateType, AdminListCertificatesQuery } from "../validators"

/** The review queue and register: filter by status (e.g. status=applied&status=under_review), type, county, number. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, z.infer<typeof AdminListCertificatesQuery>>,
  res: MedusaResponse
) {
  const { status, type, county_code, number } = req.validatedQuery
  await respondWithList(req, res, "certificate", "certificates", { status, type, county_code, number })
}

/** Registers an application (申请): the certificate starts in `applied`. */
export async function POST(req: AuthenticatedMedusaRequest<AdminApplyCertificateType>, res: MedusaResponse) {
  const { result } = await applyCertificateWorkflow(req.scope).run({
    input: { application: req.validatedBody, actor: adminActor(req) },
  })
  res.status(201).json({ certificate: await refetch(req, "certificate", result.id, "证书") })
}
