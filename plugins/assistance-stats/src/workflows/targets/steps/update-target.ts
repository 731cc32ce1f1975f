import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateTargetInput } from "@zhunong/common/office-forms"
import { invalid } from "@zhunong/common/server/errors"
import { ledger } from "../../../modules/ledger"

/**
 * Changes a target's name and figures, keeping the metric's rule (an amount target keeps an amount,
 * a share target a rate); restores the old values on failure.
 */
export const updateTargetStep = createStep(
  "update-target",
  async (input: UpdateTargetInput & { id: string }, { container }) => {
    const service = ledger(container)
    const before = await service.retrieveTarget(input.id)
    if (before.metric === "amount" && input.threshold_fen === null)
      throw invalid("threshold_fen", "金额目标须给出金额（分）")
    if (before.metric !== "amount" && input.rate_bp === null) throw invalid("rate_bp", "比例目标须给出比例")
    const target = await service.updateTargets({
      id: input.id,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.threshold_fen !== undefined ? { threshold_fen: input.threshold_fen } : {}),
      ...(input.rate_bp !== undefined ? { rate_bp: input.rate_bp } : {}),
    })
    return new StepResponse(target, {
      id: before.id,
      name: before.name,
      threshold_fen: before.threshold_fen === null ? null : Number(before.threshold_fen),
      rate_bp: before.rate_bp,
    })
  },
  async (before, { container }) => {
    if (before) await ledger(container).updateTargets(before)
  }
)
