import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyCertificateWorkflow, type CertificateApplication } from "@zhunong/provenance/workflows"
import type { Actor } from "@zhunong/common/server/status-event"
import { attachSupplierFilesStep } from "../steps/files"

/**
 * A supplier applies for a certificate: provenance's application, then its evidence files noted as
 * filed with that certificate (so an office with a sale of the product may open them).
 */
export const applySupplierCertificateWorkflow = createWorkflow(
  "apply-supplier-certificate",
  (input: { application: CertificateApplication; actor: Actor }) => {
    const certificate = applyCertificateWorkflow.runAsStep({ input })
    attachSupplierFilesStep(
      transform({ input, certificate }, ({ input, certificate }) => ({
        ids: (input.application.evidence ?? []).map((f) => f.id),
        certificate_id: certificate.id,
      }))
    )
    return new WorkflowResponse(certificate)
  }
)
