import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertOwnFiles } from "./files"
import { marketplace } from "../../../modules/marketplace"
import { invalid } from "@zhunong/common/server/errors"

type Container = Pick<MedusaContainer, "resolve">

/**
 * Splits a placed order into supplier parts by who sells each line's product. Idempotent: an order
 * already split is left as it is (events may be delivered more than once).
 */
export const createSupplierPartsStep = createStep(
  "create-supplier-parts",
  async (input: { order_id: string }, { container }) => {
    const service = marketplace(container)
    if ((await service.listSupplierParts({ order_id: input.order_id }, { select: ["id"] })).length) {
      return new StepResponse([], [] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.product_id"],
      filters: { id: input.order_id },
    })
    const items: { id: string; product_id: string | null }[] = orders[0]?.items ?? []
    const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "supplier.id"], filters: { id: productIds } })
      : { data: [] }
    const supplierOf = new Map(products.map((p) => [p.id, (p.supplier?.id as string | undefined) ?? null]))
    const groups = new Map<string | null, string[]>()
    for (const item of items) {
      const supplier = item.product_id ? (supplierOf.get(item.product_id) ?? null) : null
      groups.set(supplier, [...(groups.get(supplier) ?? []), item.id])
    }
    const parts = await service.createSupplierParts(
      [...groups].map(([supplier_id, item_ids]) => ({
        order_id: input.order_id,
        supplier_id,
        item_ids,
      }))
    )
    return new StepResponse(
      parts,
      parts.map((p) => p.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await marketplace(container).deleteSupplierParts(ids)
  }
)

/** The supplier's own part, or 404: another supplier's part does not exist for it. */
export async function ownPart(container: Container, supplierId: string, partId: string) {
  const [part] = await marketplace(container).listSupplierParts({ id: partId, supplier_id: supplierId })
  if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `订单分单 ${partId} 不存在`)
  return part
}

export interface ShipmentInput {
  supplier_id: string
  part_id: string
  carrier: string
  tracking_number: string
}

/** What a shipment needs: the part (not yet shipped, order not canceled), its items and quantities, the supplier's location. */
export const prepareShipmentStep = createStep(
  "prepare-supplier-shipment",
  async (input: ShipmentInput, { container }) => {
    const part = await ownPart(container, input.supplier_id, input.part_id)
    if (part.shipped_at)
      throw invalid(
        "part_id",
        `该分单已于 ${part.shipped_at.toISOString().slice(0, 10)} 发货（${part.carrier} ${part.tracking_number}）`
      )
    const supplier = await marketplace(container).retrieveSupplier(input.supplier_id)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status", "items.*"],
      filters: { id: part.order_id },
    })
    const order = data[0]
    if (order.status === "canceled") throw invalid("part_id", "订单已取消，不能发货")
    const ids = part.item_ids
    const items = (order.items ?? [])
      .filter((i: { id: string }) => ids.includes(i.id))
      .map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: Number(i.quantity) }))
    return new StepResponse({ order_id: part.order_id, location_id: supplier.stock_location_id!, items })
  }
)

export const recordShipmentStep = createStep(
  "record-supplier-shipment",
  async (input: ShipmentInput & { fulfillment_id: string }, { container }) => {
    const updated = await marketplace(container).updateSupplierParts({
      id: input.part_id,
      carrier: input.carrier,
      tracking_number: input.tracking_number,
      fulfillment_id: input.fulfillment_id,
      shipped_at: new Date(),
    })
    return new StepResponse(updated, input.part_id)
  },
  async (id, { container }) => {
    if (id)
      await marketplace(container).updateSupplierParts({
        id,
        carrier: null,
        tracking_number: null,
        fulfillment_id: null,
        shipped_at: null,
      })
  }
)

export interface InvoiceInput {
  supplier_id: string
  part_id: string
  invoice_number: string
  invoice_file?: { id: string; url: string; name?: string } | null
}

/** Records the 发票 for the supplier's part. An invoice number the supplier already used on another part is refused. */
export const recordInvoiceStep = createStep(
  "record-supplier-invoice",
  async (input: InvoiceInput, { container }) => {
    const service = marketplace(container)
    const part = await ownPart(container, input.supplier_id, input.part_id)
    if (input.invoice_file)
      await assertOwnFiles(container, input.supplier_id, [input.invoice_file.id], "invoice", "invoice_file")
    const [used] = await service.listSupplierParts(
      { supplier_id: input.supplier_id, invoice_number: input.invoice_number },
      { select: ["id", "order_id"] }
    )
    if (used && used.id !== part.id) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `invoice_number: 发票号 ${input.invoice_number} 已用于另一笔订单，不能重复使用`
      )
    }
    const updated = await service.updateSupplierParts({
      id: part.id,
      invoice_number: input.invoice_number,
      invoice_file: input.invoice_file ?? part.invoice_file,
      invoiced_at: new Date(),
    })
    return new StepResponse(updated, {
      id: part.id,
      invoice_number: part.invoice_number,
      invoice_file: part.invoice_file,
      invoiced_at: part.invoiced_at,
    })
  },
  async (previous, { container }) => {
    if (previous) await marketplace(container).updateSupplierParts(previous)
  }
)

export interface BuyerVerdictInput {
  part_id: string
  accepted?: boolean
  rating?: number
  rating_comment?: string | null
}

/**
 * Shows the buyer's 验收 or 评价 on the supplier's part (its orders page filters by it). The first
 * acceptance's time is kept; the ledger's completion history stays the record that counts.
 */
export const recordBuyerVerdictStep = createStep(
  "record-buyer-verdict",
  async (input: BuyerVerdictInput, { container }) => {
    const service = marketplace(container)
    const part = await service.retrieveSupplierPart(input.part_id, {
      select: ["id", "accepted_at", "rating", "rating_comment"],
    })
    const previous = {
      id: part.id,
      accepted_at: part.accepted_at,
      rating: part.rating,
      rating_comment: part.rating_comment,
    }
    await service.updateSupplierParts({
      id: part.id,
      ...(input.accepted && !part.accepted_at ? { accepted_at: new Date() } : {}),
      ...(input.rating !== undefined ? { rating: input.rating, rating_comment: input.rating_comment ?? null } : {}),
    })
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (previous) await marketplace(container).updateSupplierParts(previous)
  }
)
