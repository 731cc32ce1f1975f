import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export async function assertProductsExist(container: MedusaContainer, ids: string[], field = "product_ids") {
  if (!ids.length) return
  const found = await container.resolve(Modules.PRODUCT).listProducts({ id: ids }, { select: ["id"] })
  const missing = ids.filter((id) => !found.some((p) => p.id === id))
  if (missing.length)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 商品不存在：${missing.join(", ")}`)
}

export const validateProductsExistStep = createStep("validate-products-exist", async (ids: string[], { container }) => {
  await assertProductsExist(container, ids)
  return new StepResponse(undefined)
})
