import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Only an approved supplier sells: a product of a suspended or terminated supplier cannot be put
 * into a cart, and a cart that took it in before the suspension cannot be completed; the message
 * says which products and why. (Its products are also out of the shop's sales channel.)
 */
async function assertSuppliersSelling(
  container: Pick<MedusaContainer, "resolve">,
  items: { variant_id?: string | null }[] | undefined
) {
  const variantIds = (items ?? []).map((i) => i.variant_id).filter((id): id is string => !!id)
  if (!variantIds.length) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.supplier.status"],
    filters: { id: variantIds },
  })
  const stopped = data.filter((v) => v.product?.supplier && v.product.supplier.status !== "approved")
  if (stopped.length) {
    const titles = [...new Set(stopped.map((v) => `“${v.product!.title}”`))].join("、")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `items: ${titles}的供应商已暂停销售`)
  }
}

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertSuppliersSelling(container, input.items)
  return new StepResponse(undefined)
})

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertSuppliersSelling(container, input.items)
  return new StepResponse(undefined)
})

// completeCartWorkflow's `validate` hook belongs to the attribution plugin (a hook takes one handler).
// `beforePaymentAuthorization` runs after the order is created and before the payment is authorized,
// so a refusal here rolls the order back; 2.21 declares it but leaves it out of the workflow's type.
type BeforePaymentHook = (
  handler: (
    input: { input: { id: string } },
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<unknown, unknown>>
) => void
const { beforePaymentAuthorization } = completeCartWorkflow.hooks as unknown as {
  beforePaymentAuthorization: BeforePaymentHook
}

beforePaymentAuthorization(async ({ input }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "items.variant_id"],
    filters: { id: input.id },
  })
  await assertSuppliersSelling(container, data[0]?.items ?? [])
  return new StepResponse(undefined)
})
