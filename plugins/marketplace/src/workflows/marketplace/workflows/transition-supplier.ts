import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  provisionStockLocationStep,
  setSupplierSellingStep,
  transitionSupplierStep,
  type TransitionInput,
} from "../steps/suppliers"

/**
 * 平台审核 and 动态管理: approve (first time: the supplier's stock location is created), suspend,
 * reinstate or terminate. Selling follows the status: only an approved supplier's products and
 * stock are in the shop. Emits `supplier.<status>`.
 */
export const transitionSupplierWorkflow = createWorkflow("transition-supplier", (input: TransitionInput) => {
  const change = transitionSupplierStep(input)
  when("approve-supplier", { change }, ({ change }) => change.to === "approved").then(() => {
    provisionStockLocationStep({ supplier_id: input.id })
    setSupplierSellingStep({ supplier_id: input.id, selling: true }).config({ name: "start-selling" })
  })
  // Only an approved supplier is in the shop, so only leaving `approved` takes it out.
  when("stop-supplier", { change }, ({ change }) => change.from === "approved").then(() => {
    setSupplierSellingStep({ supplier_id: input.id, selling: false }).config({ name: "stop-selling" })
  })
  emitEventStep({
    eventName: transform({ change }, ({ change }) => `supplier.${change.to}`),
    data: transform({ change }, ({ change }) => ({ id: change.supplier.id, from: change.from, to: change.to })),
  })
  return new WorkflowResponse(change)
})
