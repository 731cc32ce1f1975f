import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { UNPUBLISHED_STATUSES } from "@zhunong/common/certificate-rules"
import { certificatesValidAt, type CertificateHistory } from "../../../../lib/certified-on"
import { coveringCodes } from "@zhunong/common/divisions"
import { PROVENANCE_MODULE } from "../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../modules/provenance/service"
import { StoreCertificateNumber } from "../../validators"

/**
 * Public verification by number (the QR code on the packaging): what the certificate covers and
 * whether it is valid today. Company facts only; no evidence files, no reviewers.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const number = StoreCertificateNumber.safeParse(req.params.number)
  if (!number.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, number.error.issues[0].message)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: [
      "id",
      "type",
      "number",
      "batch",
      "issuer",
      "issuer_level",
      "supplier_name",
      "county_code",
      "poverty_mechanism",
      "beneficiaries",
      "valid_from",
      "valid_to",
      "status",
      "events.to_status",
      "events.occurred_at",
      "products.id",
      "products.title",
      "products.handle",
    ],
    filters: { number: number.data, status: { $nin: [...UNPUBLISHED_STATUSES] } },
  })
  const certificates = data as unknown as (CertificateHistory & Record<string, unknown> & { county_code: string })[]
  if (!certificates.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `未找到编号为 ${number.data} 的认定证书`)

  const counties = await req.scope
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .listDivisions(
      { code: [...new Set(certificates.flatMap((c) => coveringCodes(c.county_code)))] },
      { select: ["code", "name"] }
    )
  const nameOf = new Map(counties.map((d) => [d.code, d.name]))
  const validNow = new Set(certificatesValidAt(certificates, new Date()).map((c) => c.id))

  res.json({
    certificates: certificates.map(({ events: _events, ...c }) => ({
      ...c,
      valid_today: validNow.has(c.id),
      county_path: coveringCodes(c.county_code)
        .reverse()
        .map((code) => nameOf.get(code) ?? code),
    })),
  })
}
