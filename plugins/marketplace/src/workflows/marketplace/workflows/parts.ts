import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { SUPPLIER_PART_CREATED, SUPPLIER_PART_EVENTS } from "../../../lib/events"
import { CARRIER_LABELS, type Carrier } from "@zhunong/common/supplier-rules"
import { attachSupplierFilesStep } from "../steps/files"
import {
  createSupplierPartsStep,
  prepareShipmentStep,
  recordInvoiceStep,
  recordShipmentStep,
  type InvoiceInput,
  type ShipmentInput,
} from "../steps/parts"

/**
 * Splits a placed order into supplier parts (run by the `order.placed` subscriber); each new part is
 * announced. Under a lock per order, so two deliveries of the event at once split it once.
 */
export const splitOrderWorkflow = createWorkflow("split-order-by-supplier", (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => `split-order:${input.order_id}`)
  // a short expiry: a process killed while holding it (faults.spec) must not block the repair for long
  acquireLockStep({ key, timeout: 30, ttl: 10 })
  const parts = createSupplierPartsStep(input)
  emitEventStep({
    eventName: SUPPLIER_PART_CREATED,
    data: transform({ parts }, ({ parts }) => parts.filter((p) => p.supplier_id).map((p) => ({ id: p.id }))),
  })
  releaseLockStep({ key })
  return new WorkflowResponse(parts)
})

/**
 * A supplier ships its part: a Medusa fulfillment of exactly its lines from its own stock location,
 * marked shipped with the carrier's tracking number, which the buyer sees on the order.
 */
export const shipPartWorkflow = createWorkflow("ship-supplier-part", (input: ShipmentInput) => {
  const shipment = prepareShipmentStep(input)
  const labels = transform({ input }, ({ input }) => [
    { tracking_number: input.tracking_number, tracking_url: "", label_url: "" },
  ])
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, shipment, labels }, ({ input, shipment, labels }) => ({
      order_id: shipment.order_id,
      items: shipment.items,
      location_id: shipment.location_id,
      labels,
      metadata: {
        supplier_id: input.supplier_id,
        supplier_part_id: input.part_id,
        carrier: carrierName(input.carrier),
      },
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ shipment, fulfillment, labels }, ({ shipment, fulfillment, labels }) => ({
      order_id: shipment.order_id,
      fulfillment_id: fulfillment.id,
      items: shipment.items,
      labels,
    })),
  })
  const part = recordShipmentStep(
    transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      ...input,
      carrier: carrierName(input.carrier),
      fulfillment_id: fulfillment.id,
    }))
  )
  emitEventStep({ eventName: SUPPLIER_PART_EVENTS.SHIPPED, data: { id: input.part_id } })
  return new WorkflowResponse(part)
})

/** A carrier code from the list (`sf`) as its name (顺丰速运); any other text is kept as typed. */
function carrierName(carrier: string): string {
  return CARRIER_LABELS[carrier as Carrier]?.zh ?? carrier
}

export const invoicePartWorkflow = createWorkflow("invoice-supplier-part", (input: InvoiceInput) => {
  const part = recordInvoiceStep(input)
  attachSupplierFilesStep(
    transform({ input, part }, ({ input, part }) => ({
      ids: input.invoice_file ? [input.invoice_file.id] : [],
      order_id: part.order_id,
    }))
  )
  emitEventStep({ eventName: SUPPLIER_PART_EVENTS.INVOICED, data: { id: input.part_id } })
  return new WorkflowResponse(part)
})
