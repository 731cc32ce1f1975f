import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createBulletinStep, remindUnitsStep, type BulletinInput, type ReminderInput } from "../steps/bulletins"
import {
  appendDeclarationEventStep,
  saveDeclarationStep,
  setDeclarationStatusStep,
  snapshotOf,
  type DeclareInput,
  type StatusInput,
} from "../steps/declarations"
import { saveShareCampaignStep, type CampaignInput } from "../steps/share-campaign"

export const saveShareCampaignWorkflow = createWorkflow("save-share-campaign", (input: CampaignInput) => {
  return new WorkflowResponse(saveShareCampaignStep(input))
})

type Actor = { actor_type: "customer" | "office"; actor_id: string; actor_name: string }

/** A unit admin declares (or changes) the unit's 预留份额; the step and its history are written together. */
export const declareShareWorkflow = createWorkflow("declare-share", (input: DeclareInput & Actor) => {
  const saved = saveDeclarationStep(input)
  const event = transform({ saved, input }, ({ saved, input }) => ({
    declaration_id: saved.declaration.id,
    action: saved.action,
    actor_type: input.actor_type,
    actor_id: input.actor_id,
    actor_name: input.actor_name,
    reason: input.body.reason ?? null,
    snapshot: snapshotOf(saved.declaration),
  }))
  appendDeclarationEventStep(event)
  return new WorkflowResponse(saved.declaration)
})

/** 主管单位 review or office confirmation: the status moves and the step is kept with who and why. */
export const decideDeclarationWorkflow = createWorkflow(
  "decide-share-declaration",
  (input: StatusInput & Actor & { action: "reviewed" | "returned" | "confirmed"; reason: string | null }) => {
    const declaration = setDeclarationStatusStep(input)
    const event = transform({ declaration, input }, ({ declaration, input }) => ({
      declaration_id: declaration.id,
      action: input.action,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      actor_name: input.actor_name,
      reason: input.reason,
      snapshot: snapshotOf(declaration),
    }))
    appendDeclarationEventStep(event)
    return new WorkflowResponse(declaration)
  }
)

export const createShareBulletinWorkflow = createWorkflow("create-share-bulletin", (input: BulletinInput) => {
  return new WorkflowResponse(createBulletinStep(input))
})

export const remindShareUnitsWorkflow = createWorkflow("remind-share-units", (input: ReminderInput) => {
  return new WorkflowResponse(remindUnitsStep(input))
})
