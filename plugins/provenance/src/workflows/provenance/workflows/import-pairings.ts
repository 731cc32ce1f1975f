import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createMissingJurisdictionsStep,
  upsertPairingsStep,
  validatePairingRowsStep,
  type PairingRow,
} from "../steps/import-pairings"

/** Imports pairings in the format of seed/data/pairings.csv (shared/reference/pairings.csv): all rows or none. */
export const importPairingsWorkflow = createWorkflow("import-pairings", (input: { rows: PairingRow[] }) => {
  validatePairingRowsStep(input.rows)
  const jurisdictionsCreated = createMissingJurisdictionsStep(input.rows)
  const pairings = upsertPairingsStep(input.rows)
  return new WorkflowResponse({ jurisdictions_created: jurisdictionsCreated, pairings })
})
