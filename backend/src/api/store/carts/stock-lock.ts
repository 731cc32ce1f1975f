import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Completes carts that share a variant one at a time. Medusa checks stock before it creates the
 * order and reserves it after, in one parallel batch with the order's creation; when two carts race
 * for the last units, the loser's failed reservation cannot roll back the order created beside it
 * (medusajs/medusa#16825) and a pending order without reservation, attribution or ledger row is left
 * behind. Holding a lock per variant for the whole completion makes the second cart see the stock
 * the first one took and be refused before any order exists. Carts of different products do not wait
 * for each other, nor do carts of products that do not count their stock.
 */
export async function oneCheckoutPerVariant(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.variant_id", "items.variant.manage_inventory", "items.variant.allow_backorder"],
    filters: { id: req.params.id },
  })
  type Item = { variant_id?: string | null; variant?: { manage_inventory?: boolean; allow_backorder?: boolean } | null }
  const items = (data[0]?.items ?? []) as (Item | null)[]
  // a variant whose stock is not counted, or may go below zero, cannot be oversold: no need to wait
  const counted = items.filter((item) => item?.variant?.manage_inventory && !item.variant.allow_backorder)
  const variants = [...new Set(counted.map((item) => item?.variant_id).filter((id): id is string => !!id))].sort()
  if (!variants.length) return next()
  await req.scope.resolve(Modules.LOCKING).execute(
    variants.map((id) => `checkout-stock:${id}`),
    // held until the answer is sent, whatever the route does after this middleware
    () =>
      new Promise<void>((released) => {
        res.once("finish", released)
        res.once("close", released)
        next()
      }),
    { timeout: 30 }
  )
}
