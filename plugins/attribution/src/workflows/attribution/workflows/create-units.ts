import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createUnitsStep, validateNewUnitsStep, type UnitInput } from "../steps/units"

/** Creates buying units from the admin form (`from: "form"`) or a CSV import: all of them, or none. */
export const createUnitsWorkflow = createWorkflow(
  "create-buying-units",
  (input: { units: (UnitInput & { line: number })[]; from: "form" | "import" }) => {
    validateNewUnitsStep(input)
    return new WorkflowResponse(createUnitsStep(input))
  }
)
