import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { assertOwnProduct } from "../../../../../workflows/marketplace/steps/products"
import { assertOwnFiles } from "../../../../../workflows/marketplace/steps/files"
import { applySupplierCertificateWorkflow } from "../../../../../workflows/marketplace/workflows/certificates"
import { marketplace } from "../../../../../modules/marketplace"
import { invalid } from "@zhunong/common/server/errors"
import { sessionOf } from "../../../../supplier-session"
import type { SupplierApplyCertificate } from "@zhunong/common/supplier-forms"

/**
 * Applies for a certificate on one of the supplier's products through the provenance workflow. The
 * applicant (name, 信用代码) and the county (the product's origin) come from the server; evidence
 * must be the supplier's own uploads.
 */
export async function POST(req: MedusaRequest<z.infer<typeof SupplierApplyCertificate>>, res: MedusaResponse) {
  const session = sessionOf(req)
  await assertOwnProduct(req.scope, session.supplier_id, req.params.id)
  const evidence = req.validatedBody.evidence ?? []
  await assertOwnFiles(
    req.scope,
    session.supplier_id,
    evidence.map((f) => f.id),
    "evidence",
    "evidence"
  )
  const supplier = await marketplace(req.scope).retrieveSupplier(session.supplier_id)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "division.code"],
    filters: { id: req.params.id },
  })
  const county = data[0]?.division?.code
  if (!county) throw invalid("product", "请先设置商品的产地县")
  const { result } = await applySupplierCertificateWorkflow(req.scope).run({
    input: {
      application: {
        ...req.validatedBody,
        supplier_name: supplier.name,
        supplier_uscc: supplier.uscc,
        county_code: county,
        product_ids: [req.params.id],
      },
      actor: { type: "supplier", id: session.user_id },
    },
  })
  res
    .status(201)
    .json({ certificate: { id: result.id, number: result.number, type: result.type, status: result.status } })
}
