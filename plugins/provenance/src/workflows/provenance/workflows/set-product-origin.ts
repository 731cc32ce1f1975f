import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PROVENANCE_EVENTS } from "@zhunong/common/provenance-events"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import { validateProductsExistStep } from "../steps/products"
import { resolveCountyStep } from "../steps/resolve-county"

/**
 * Sets a product's origin county (产地县), replacing the previous one: a product has exactly one.
 * Emits `product.origin_set` (the link changes no product row, so Medusa emits nothing of its own).
 */
export const setProductOriginWorkflow = createWorkflow(
  "set-product-origin",
  (input: { product_id: string; county_code: string }) => {
    const productIds = transform({ input }, ({ input }) => [input.product_id])
    validateProductsExistStep(productIds)
    const county = resolveCountyStep(input.county_code)
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "division.id"],
      filters: { id: input.product_id },
    })
    const link = (product_id: string, division_id: string) => ({
      [Modules.PRODUCT]: { product_id },
      [PROVENANCE_MODULE]: { division_id },
    })
    const currentId = (products: unknown[]) => (products[0] as { division?: { id: string } | null }).division?.id
    dismissRemoteLinkStep(
      transform({ input, county, products }, ({ input, county, products }) => {
        const current = currentId(products)
        return current && current !== county.id ? [link(input.product_id, current)] : []
      })
    )
    createRemoteLinkStep(
      transform({ input, county, products }, ({ input, county, products }) =>
        currentId(products) === county.id ? [] : [link(input.product_id, county.id)]
      )
    )
    emitEventStep({ eventName: PROVENANCE_EVENTS.PRODUCT_ORIGIN_SET, data: { id: input.product_id } })
    return new WorkflowResponse(county)
  }
)
