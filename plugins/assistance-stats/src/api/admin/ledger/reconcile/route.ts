import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { reconcileLedger } from "../../../../workflows/ledger/reconcile-ledger"
import type { AdminReconcileLedger } from "../../../validators"

/** Recomputes the ledger from orders; reports what is missing per month × unit × county, and appends it with `repair`. */
export async function POST(req: MedusaRequest<z.infer<typeof AdminReconcileLedger>>, res: MedusaResponse) {
  res.json(await reconcileLedger(req.scope, { repair: req.validatedBody.repair }))
}
