import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STORE_SUPPLIER_FIELDS } from "./query-config"

/** Lets shoppers ask for the supplier's public face on the core product routes. */
export function allowSupplierFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET") req.allowed.push(...STORE_SUPPLIER_FIELDS)
  next()
}
