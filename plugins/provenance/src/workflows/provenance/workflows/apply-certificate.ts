import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import {
  createCertificateStep,
  validateCertificateApplicationStep,
  type CertificateApplication,
} from "../steps/certificates"
import type { Actor } from "@zhunong/common/server/status-event"

/** 市场主体自愿申请: a certificate enters the lifecycle as `applied`, linked to its products. */
export const applyCertificateWorkflow = createWorkflow(
  "apply-certificate",
  (input: { application: CertificateApplication; actor: Actor }) => {
    validateCertificateApplicationStep(input.application)
    const certificate = createCertificateStep(input)
    const links = transform({ input, certificate }, ({ input, certificate }) =>
      (input.application.product_ids ?? []).map((product_id) => ({
        [Modules.PRODUCT]: { product_id },
        [PROVENANCE_MODULE]: { certificate_id: certificate.id },
      }))
    )
    when({ links }, ({ links }) => links.length > 0).then(() => {
      createRemoteLinkStep(links)
    })
    emitEventStep({
      eventName: "certificate.applied",
      data: transform({ certificate }, ({ certificate }) => ({ id: certificate.id, from: null, to: "applied" })),
    })
    return new WorkflowResponse(certificate)
  }
)
