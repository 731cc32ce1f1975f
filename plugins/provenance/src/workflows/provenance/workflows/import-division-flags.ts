import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDivisionFlagsStep, type DivisionFlagRow } from "../steps/update-division-flags"

/** Imports the official 脱贫县 / 国家乡村振兴重点帮扶县 lists (rows already parsed from CSV). */
export const importDivisionFlagsWorkflow = createWorkflow(
  "import-division-flags",
  (input: { rows: DivisionFlagRow[] }) => {
    return new WorkflowResponse(updateDivisionFlagsStep(input.rows))
  }
)
