import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CertificateStatus } from "@zhunong/common/certificate-rules"
import type { SupplierStatus } from "@zhunong/common/supplier-rules"
import {
  createSupplierNotificationsStep,
  draftAccountStatusStep,
  draftCertificateExpiringStep,
  draftCertificateStatusStep,
  draftOrderToShipStep,
  markNotificationsReadStep,
} from "../steps/notifications"

/** 新订单待发货: one inbox entry per supplier part of a placed order. */
export const notifyOrderToShipWorkflow = createWorkflow("notify-order-to-ship", (input: { part_ids: string[] }) => {
  return new WorkflowResponse(createSupplierNotificationsStep(draftOrderToShipStep(input)))
})

/** A certificate moved along its lifecycle: its applicant's inbox says so. */
export const notifyCertificateStatusWorkflow = createWorkflow(
  "notify-certificate-status",
  (input: { certificate_id: string; to: CertificateStatus }) => {
    return new WorkflowResponse(createSupplierNotificationsStep(draftCertificateStatusStep(input)))
  }
)

/** A valid certificate nears its end (90/60/30 days): its applicant's inbox reminds it. */
export const notifyCertificateExpiringWorkflow = createWorkflow(
  "notify-certificate-expiring",
  (input: { certificate_id: string; days: number }) => {
    return new WorkflowResponse(createSupplierNotificationsStep(draftCertificateExpiringStep(input)))
  }
)

/** The platform approved, suspended or terminated the supplier: its inbox says so and why. */
export const notifyAccountStatusWorkflow = createWorkflow(
  "notify-account-status",
  (input: { supplier_id: string; to: SupplierStatus }) => {
    return new WorkflowResponse(createSupplierNotificationsStep(draftAccountStatusStep(input)))
  }
)

/** The supplier reads its inbox: the listed entries, or all of them. */
export const markNotificationsReadWorkflow = createWorkflow(
  "mark-supplier-notifications-read",
  (input: { supplier_id: string; ids?: string[] }) => {
    return new WorkflowResponse(markNotificationsReadStep(input))
  }
)
