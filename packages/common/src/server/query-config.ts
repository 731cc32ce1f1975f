import { validateAndTransformBody, validateAndTransformQuery, type MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** The query a retrieve or a POST route takes: which fields to answer with (Medusa's `createSelectParams`). */
export const SelectQuery = z.object({ fields: z.string().optional() })

/**
 * A resource's fields as the list and retrieve configs `validateAndTransformQuery` takes — the shape
 * of Medusa's own `query-config.ts` files. `restricted` makes the defaults the ceiling as well: a
 * shopper, supplier or office may narrow the fields but never reach past them (an admin may).
 */
export function queryConfig(defaults: string[], options: { restricted?: boolean } = {}) {
  const allowed = options.restricted ? { allowed: defaults } : {}
  return {
    list: { defaults, isList: true, ...allowed },
    retrieve: { defaults, isList: false, ...allowed },
  }
}

/**
 * One row read back with the fields the request's query config settled on: what a POST route
 * answers with after its workflow ran, so a write answers with the same shape a read does.
 */
export async function refetch<T = Record<string, unknown>>(
  req: MedusaRequest,
  entity: string,
  id: string,
  /** What a person calls it, for the 404 (供应商, 证书…). */
  name: string
): Promise<T> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity,
    fields: req.queryConfig.fields,
    filters: { id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${name} ${id} 不存在`)
  return data[0] as T
}

/**
 * The middlewares of a POST route that writes and answers with the record: its body schema, and the
 * retrieve config that `refetch` reads the record back with.
 */
export const writeAnswering = (
  body: Parameters<typeof validateAndTransformBody>[0],
  config: ReturnType<typeof queryConfig>
) => [validateAndTransformBody(body), validateAndTransformQuery(SelectQuery, config.retrieve)]
