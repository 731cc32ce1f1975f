import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createUnitEmailDomainsStep,
  createUnitsStep,
  linkUnitParentsStep,
  validateNewUnitsStep,
  type UnitInput,
} from "../steps/units"

/** Creates buying units from the admin form (`from: "form"`) or a CSV import: all of them, or none. */
export const createUnitsWorkflow = createWorkflow(
  "create-buying-units",
  (input: { units: (UnitInput & { line: number })[]; from: "form" | "import" }) => {
    validateNewUnitsStep(input)
    const created = createUnitsStep(input)
    const written = transform({ input, created }, ({ input, created }) => ({
      units: input.units,
      created: created.map((u) => ({ id: u.id, uscc: u.uscc })),
    }))
    linkUnitParentsStep(written)
    createUnitEmailDomainsStep(written)
    return new WorkflowResponse(created)
  }
)
