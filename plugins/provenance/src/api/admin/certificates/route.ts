import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { applyCertificateWorkflow } from "../../../workflows/provenance/workflows/apply-certificate"
import { adminActor } from "../actor"
import type { AdminApplyCertificateType, AdminListCertificatesQuery } from "../validators"

/** The review queue and register: filter by status (e.g. status=applied&status=under_review), type, county, number. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, z.infer<typeof AdminListCertificatesQuery>>, res: MedusaResponse) {
  const { status, type, county_code, number } = req.validatedQuery
  const { data: certificates, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: req.queryConfig.fields,
    filters: {
      ...(status ? { status } : {}),
      ...(type ? { type } : {}),
      ...(county_code ? { county_code } : {}),
      ...(number ? { number } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({ certificates, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

/** Registers an application (申请): the certificate starts in `applied`. */
export async function POST(req: AuthenticatedMedusaRequest<AdminApplyCertificateType>, res: MedusaResponse) {
  const { result } = await applyCertificateWorkflow(req.scope).run({
    input: { application: req.validatedBody, actor: adminActor(req) },
  })
  res.status(201).json({ certificate: result })
}
