import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { uploadSupplierFilesWorkflow } from "../../../workflows/marketplace/workflows/files"
import { sessionOf } from "../../supplier-session"
import type { SupplierUpload } from "../../validators"

/**
 * Product pictures (public URLs), invoices and certificate evidence (private: read them back with
 * GET /supplier/files/:id), stored by Medusa's file module.
 */
export async function POST(req: MedusaRequest<z.infer<typeof SupplierUpload>>, res: MedusaResponse) {
  const { purpose, files } = req.validatedBody
  const { result } = await uploadSupplierFilesWorkflow(req.scope).run({
    input: { supplier_id: sessionOf(req).supplier_id, purpose, files },
  })
  res.status(201).json({ files: result.map((f, i) => ({ id: f.id, url: f.url, name: files[i].filename })) })
}
