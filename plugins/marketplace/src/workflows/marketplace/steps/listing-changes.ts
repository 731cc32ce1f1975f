import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertOwnProduct, assertSellingCounty, supplierFor } from "./products"

/**
 * A change to a listing: the product (and variant) must be the supplier's, the supplier approved,
 * and a new origin a county it may sell from. Returns the supplier's stock location.
 */
export const validateListingChangeStep = createStep(
  "validate-supplier-listing-change",
  async (
    input: { supplier_id: string; product_id: string; variant_id?: string; county_code?: string },
    { container }
  ) => {
    const supplier = await supplierFor(container, input.supplier_id, ["approved"], "修改商品")
    await assertOwnProduct(container, input.supplier_id, input.product_id)
    if (input.variant_id) {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { id: input.variant_id, product_id: input.product_id },
      })
      if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `规格 ${input.variant_id} 不存在`)
    }
    if (input.county_code) await assertSellingCounty(container, supplier, input.county_code)
    return new StepResponse({ location_id: supplier.stock_location_id! })
  }
)
