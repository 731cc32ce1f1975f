// What other packages may run of assistance-stats' workflows (the package's `exports`: ./workflows).
export * from "./offices/workflows/create-office-account"
export * from "./targets/workflows/create-target"
export type { TargetInput } from "./targets/steps/create-target"
export * from "./offline/workflows/offline-purchases"
export { saveShareCampaignWorkflow } from "./reserved-share/workflows/reserved-share"
// reconciliation: reports, and with `repair` appends what is missing and cancels orphan orders
export * from "./ledger/reconcile-ledger"
export { recordOrderSalesWorkflow } from "./ledger/workflows/record-order"
// seed:scale's bulk path into the ledger (chained, with rollups), and the shape of an entry
export { appendEntriesInBulk, type EntryDraft } from "./ledger/steps/append"
export type { BulkCompletion } from "../modules/ledger/repositories/ledger"
export { cancellationOf } from "./ledger/steps/draft-sales"
// the buyer's and the payment's completion steps (832), which the demo year runs as buyers would
export {
  acceptPartWorkflow,
  ratePartWorkflow,
  recordPaymentCompletionWorkflow,
} from "./completion/workflows/completion"
