import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One certificate with its lifecycle history and the products it covers. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ["*", "events.*", "products.id", "products.title", "products.handle"],
    filters: { id: req.params.id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `证书 ${req.params.id} 不存在`)
  res.json({ certificate: data[0] })
}
