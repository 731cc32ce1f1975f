import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckDecision } from "@zhunong/common/counting-rules"
import { ledger } from "../../../modules/ledger"

export interface CheckDecisionInput {
  finding_key: string
  check: string
  decision: CheckDecision
  note: string
  office_user_id: string
  office_name: string
  jurisdiction_code: string
}

/** Appends an office's decision on a finding; undone by removing that one row. */
export const recordCheckDecisionStep = createStep(
  "record-check-decision",
  async (input: CheckDecisionInput, { container }) => {
    const decision = await ledger(container).createCheckDecisions(input)
    return new StepResponse(decision, decision.id)
  },
  async (id, { container }) => {
    if (id) await ledger(container).deleteCheckDecisions(id)
  }
)
