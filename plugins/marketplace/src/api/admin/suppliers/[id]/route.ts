import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A supplier with its status history, people and products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "supplier",
    fields: [
      "*",
      "events.*",
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.status",
      "products.id",
      "products.title",
      "products.status",
      "products.thumbnail",
      "products.division.name",
    ],
    filters: { id: req.params.id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `供应商 ${req.params.id} 不存在`)
  res.json({ supplier: data[0] })
}
