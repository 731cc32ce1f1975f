import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertUnitBasisStep, type BasisInput } from "../steps/units"

/** A unit's declared bases for one year (食堂采购总额、节日慰问品总额、工会会员人数、福利标准). */
export const setUnitBasisWorkflow = createWorkflow("set-unit-basis", (input: BasisInput) => {
  return new WorkflowResponse(upsertUnitBasisStep(input))
})
