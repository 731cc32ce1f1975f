import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setSourcingCountiesStep } from "../steps/suppliers"

/** The counties besides its own that an operator allows a supplier to sell products from. */
export const setSourcingCountiesWorkflow = createWorkflow(
  "set-supplier-sourcing-counties",
  (input: { supplier_id: string; county_codes: string[] }) => {
    return new WorkflowResponse(setSourcingCountiesStep(input))
  }
)
