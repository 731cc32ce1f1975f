import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendEntriesStep } from "../../ledger/steps/append"
import {
  decideOfflinePurchaseStep,
  draftOfflineEntryStep,
  registerOfflinePurchaseStep,
  type OfflineDecision,
  type OfflinePurchaseInput,
} from "../steps/offline-purchases"

export const registerOfflinePurchaseWorkflow = createWorkflow(
  "register-offline-purchase",
  (input: OfflinePurchaseInput) => {
    return new WorkflowResponse(registerOfflinePurchaseStep(input))
  }
)

export const decideOfflinePurchaseWorkflow = createWorkflow("decide-offline-purchase", (input: OfflineDecision) => {
  const entry = decideOfflinePurchaseStep(input)
  appendEntriesStep(draftOfflineEntryStep(entry))
  return new WorkflowResponse(entry)
})
