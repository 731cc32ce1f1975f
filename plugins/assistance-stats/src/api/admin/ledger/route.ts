import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import type { AdminListLedgerQuery } from "../../validators"

/** 台账 rows in ledger order, filtered by order, unit, month or whether they count. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminListLedgerQuery>>, res: MedusaResponse) {
  const { order_id, unit_id, month, counted } = req.validatedQuery
  await respondWithList(req, res, "ledger_entry", "entries", { order_id, unit_id, month, counted })
}
