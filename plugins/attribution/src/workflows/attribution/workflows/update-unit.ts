import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateUnitStep, validateUnitUpdateStep, type UnitUpdate } from "../steps/units"

export const updateUnitWorkflow = createWorkflow("update-buying-unit", (input: UnitUpdate) => {
  validateUnitUpdateStep(input)
  return new WorkflowResponse(updateUnitStep(input))
})
