import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invoicePartWorkflow } from "../../../../../workflows/marketplace/workflows/parts"
import { sessionOf } from "../../../../supplier-session"
import type { InvoicePart } from "@zhunong/common/supplier-forms"

/** Records the 发票 number (and file) of the supplier's part. */
export async function POST(req: MedusaRequest<z.infer<typeof InvoicePart>>, res: MedusaResponse) {
  const { result } = await invoicePartWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, part_id: req.params.id, ...req.validatedBody },
  })
  res.json({
    order: {
      id: result.id,
      invoice_number: result.invoice_number,
      invoice_file: result.invoice_file,
      invoiced_at: result.invoiced_at,
    },
  })
}
